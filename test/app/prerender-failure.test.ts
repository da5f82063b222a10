import { describe, expect, it, vi } from 'vitest';
import { renderFirstScreens } from '@/app/prerender';

// English's first-screen texts fail to load, as a file a translator broke would.
vi.mock('@/features/language/locales', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/features/language/locales')>();
  return {
    ...original,
    loadLocale: (lng: string, ns: string) =>
      lng === 'en' && ns === 'common' ? Promise.reject(new Error('Unexpected end of JSON input')) : original.loadLocale(lng, ns),
  };
});

describe('prerendering with a locale file that does not load', () => {
  it('leaves that language out, says which file, and still renders the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const screens = await renderFirstScreens();
    expect(screens.map(({ lng }) => lng)).toEqual(['zh']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('locales/en/common.json did not load'));
    warn.mockRestore();
  });
});
