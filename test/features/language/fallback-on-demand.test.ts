import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

/**
 * A fallback language costs a download; it is fetched only where it can answer something. The
 * real locales are complete, so the build's gap list (virtual:locale-gaps) is empty: mocked here
 * per test to stand for a language that lacks texts.
 */
const gaps = vi.hoisted(() => ({ localeGaps: {} as Record<string, string[]> }));
vi.mock('virtual:locale-gaps', () => gaps);

const { createI18n } = await import('@/features/language/i18n');
const idle = () => new Promise((resolve) => setTimeout(resolve, 400));
const hasTexts = (i18n: ReturnType<typeof createI18n>['i18n'], lng: string, ns: string) =>
  Object.keys(i18n.getResourceBundle(lng, ns) ?? {}).length > 0;

describe('fallback languages', () => {
  it('are not downloaded for a complete language', async () => {
    gaps.localeGaps = {};
    const { i18n, ready } = createI18n('en');
    await ready;
    await idle();
    expect(hasTexts(i18n, 'en', 'common')).toBe(true);
    for (const ns of ['common', 'partners', 'community']) expect(hasTexts(i18n, 'zh', ns)).toBe(false);
  });

  it('are downloaded, when idle, for the namespaces in which the language lacks texts', async () => {
    gaps.localeGaps = { en: ['partners'] };
    const { i18n, ready } = createI18n('en');
    await ready;
    await waitFor(() => expect(hasTexts(i18n, 'zh', 'partners')).toBe(true));
    expect(hasTexts(i18n, 'zh', 'common')).toBe(false);
  });

  it('are downloaded once a text turns out to be missing at run time, and then answer', async () => {
    gaps.localeGaps = {};
    const { i18n, ready } = createI18n('en');
    await ready;
    const bundle = structuredClone(i18n.getResourceBundle('en', 'common') as { partners: Record<string, string> });
    delete bundle.partners.heading;
    i18n.removeResourceBundle('en', 'common');
    i18n.addResourceBundle('en', 'common', bundle);
    expect(i18n.t('partners.heading')).toBe('');
    await waitFor(() => expect(i18n.t('partners.heading')).toBe('合作伙伴怎么说'));
  });
});
