import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { languageName, textsIn } from '@test/support/locale-texts';
import { rawKeysIn } from '@test/support/raw-keys';
import { renderApp } from '@test/support/render-app';

// English's common.json does not load while the test says so (a 404, a dropped connection).
const failing = vi.hoisted(() => ({ enCommon: false, slowProgramMs: 0 }));
vi.mock('@/features/language/locales', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/features/language/locales')>();
  return {
    ...original,
    loadLocale: async (lng: string, ns: string) => {
      if (lng === 'en' && ns === 'common' && failing.enCommon) throw new Error('HTTP 404');
      if (lng === 'en' && ns === 'program') await new Promise((resolve) => setTimeout(resolve, failing.slowProgramMs));
      return original.loadLocale(lng, ns);
    },
  };
});

const zh = await textsIn('zh');
const en = await textsIn('en');
// The expected texts differ, or the test would prove nothing.
expect(en('header.heading')).not.toBe(zh('header.heading'));

describe('texts of the chosen language that do not load', () => {
  it('show in the fallback language, marked as such, with a notice whose Retry brings them once they can be had', async () => {
    failing.enCommon = true;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = await renderApp({ url: '/?lng=en' });

    // The page stays consistent: English is the language (URL, <html lang>, current link); the
    // texts it could not get are Chinese and say so.
    const heading = await screen.findByRole('heading', { level: 1, name: zh('header.heading') });
    expect(heading.querySelector('[lang="zh-CN"]')).not.toBeNull();
    expect(document.documentElement.lang).toBe('en');
    expect(rawKeysIn()).toEqual([]);
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(zh('language.notLoaded', { language: languageName('en') }));

    failing.enCommon = false;
    await user.click(screen.getByRole('button', { name: zh('error.retry') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('header.heading') })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('are tried again by itself when the browser is back online', async () => {
    failing.enCommon = true;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderApp({ url: '/?lng=en' });
    await screen.findByRole('alert');
    failing.enCommon = false;
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByRole('heading', { level: 1, name: en('header.heading') })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('keeps saying so when a try fails again, and Retry still brings them later', async () => {
    failing.enCommon = true;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = await renderApp({ url: '/?lng=en' });
    await screen.findByRole('alert');
    // A try while the file still fails: i18next reports it among what it "loaded", all the same.
    await user.click(screen.getByRole('button', { name: zh('error.retry') }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('alert')).toHaveTextContent(zh('language.notLoaded', { language: languageName('en') }));
    expect(screen.getByRole('heading', { level: 1, name: zh('header.heading') })).toBeInTheDocument();

    failing.enCommon = false;
    await user.click(screen.getByRole('button', { name: zh('error.retry') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('header.heading') })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('never says so of a file that is merely on its way', async () => {
    failing.enCommon = false;
    failing.slowProgramMs = 300;
    const alerts: string[] = [];
    const observer = new MutationObserver(() => {
      if (document.querySelector('[role="alert"]')) alerts.push('alert');
    });
    observer.observe(document.body, { subtree: true, childList: true });
    await renderApp({ url: '/?lng=en' });
    expect(await screen.findByRole('region', { name: en('program:heading') })).toBeInTheDocument();
    observer.disconnect();
    failing.slowProgramMs = 0;
    expect(alerts).toEqual([]);
  });
});
