import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/features/language/i18n';
import { fallbackChain } from '@/features/language/locales';
import { languageName, textsIn } from '@test/support/locale-texts';
import { rawKeysIn } from '@test/support/raw-keys';
import { renderApp } from '@test/support/render-app';

/** Drops one text from a deep copy of a loaded file and puts the copy in place of the original. */
function dropKey(i18n: Awaited<ReturnType<typeof renderApp>>['i18n'], lng: string, ns: string, path: string) {
  const bundle = structuredClone(i18n.getResourceBundle(lng, ns) as Record<string, Record<string, unknown>>);
  const [parent, leaf] = path.split('.') as [string, string];
  delete bundle[parent]![leaf];
  i18n.removeResourceBundle(lng, ns);
  i18n.addResourceBundle(lng, ns, bundle);
}

const zh = await textsIn('zh');
const en = await textsIn('en');

describe('createI18n', () => {
  it('is ready with the requested language and keeps <html lang> and the title in step', async () => {
    const { i18n, ready } = createI18n('en');
    await ready;
    expect(i18n.t('error.retry')).toBe(en('error.retry'));
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(en('app.title'));
  });

  it('switches to the language asked for last, even while an earlier one is still loading', async () => {
    const { i18n, ready } = createI18n('zh');
    await ready;
    await Promise.all([i18n.changeLanguage('en'), i18n.changeLanguage('zh')]);
    expect(i18n.language).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    await Promise.all([i18n.changeLanguage('en'), i18n.changeLanguage('zh'), i18n.changeLanguage('en')]);
    expect(i18n.language).toBe('en');
  });

  it('falls back through English, then Chinese; Chinese, the source, falls back to nothing', () => {
    expect(fallbackChain('ja')).toEqual(['en', 'zh']);
    expect(fallbackChain('en')).toEqual(['zh']);
    expect(fallbackChain('zh')).toEqual([]);
  });

  it('renders the page in English, with no raw key', async () => {
    await renderApp({ lng: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: en('header.heading') })).toBeInTheDocument();
    await screen.findAllByRole('article');
    expect(rawKeysIn()).toEqual([]);
  });
});

describe('switching language', () => {
  it('changes every text in place, with no raw key and no loading state in between', async () => {
    const { user } = await renderApp({ url: '/?lng=en' });
    await screen.findAllByRole('article');
    const main = screen.getByRole('main');
    const seen: string[] = [];
    const headings = new Set<string>([screen.getByRole('heading', { level: 1 }).textContent ?? '']);
    const observer = new MutationObserver(() => {
      if (document.querySelector('[aria-busy="true"]')) seen.push('busy');
      seen.push(...rawKeysIn());
      headings.add(screen.getByRole('heading', { level: 1 }).textContent ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });

    await user.click(screen.getByRole('link', { name: languageName('zh') }));

    expect(await screen.findByRole('heading', { level: 1, name: zh('header.heading') })).toBeInTheDocument();
    observer.disconnect();
    expect(seen).toEqual([]);
    // Straight from one language to the other: never empty, never a fallback in between.
    expect([...headings]).toEqual([en('header.heading'), zh('header.heading')]);
    expect(screen.getByRole('main')).toBe(main);
    expect(screen.getByRole('heading', { level: 3, name: zh('partners:baidu.name') })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: en('partners.heading') })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: zh('partners.heading') })).toBeInTheDocument();
    expect(rawKeysIn()).toEqual([]);
    expect(screen.getByRole('link', { name: languageName('zh') })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: languageName('en') })).not.toHaveAttribute('aria-current');
    expect(window.location.search).toBe('?lng=zh');
  });

  it('sets <html lang> to zh-CN / en and the document title follows', async () => {
    const { i18n } = await renderApp({ lng: 'en' });
    await screen.findAllByRole('article');
    await act(() => i18n.changeLanguage('zh'));
    // Every namespace in use arrived before the switch: the page is Chinese at once.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zh('header.heading'));
    expect(screen.getAllByRole('article')[1]).toHaveAccessibleName(zh('partners:baidu.name'));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe(zh('app.title'));
    await act(() => i18n.changeLanguage('en'));
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(en('app.title'));
  });

  it('switches the sections that load their texts later at once too; web pages never load the kiosk texts', async () => {
    const { i18n } = await renderApp({ lng: 'en' });
    await screen.findByRole('region', { name: en('program:heading') });
    await screen.findByRole('region', { name: en('program:community.heading') });
    expect(i18n.hasResourceBundle('en', 'kiosk')).toBe(false);
    await act(() => i18n.changeLanguage('zh'));
    expect(screen.getByRole('region', { name: zh('program:heading') })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: zh('program:community.heading') })).toBeInTheDocument();
    expect(rawKeysIn()).toEqual([]);
  });

  it('follows ?lng= on back and forward', async () => {
    const { user } = await renderApp({ url: '/?lng=zh' });
    await screen.findAllByRole('article');
    await user.click(screen.getByRole('link', { name: languageName('en') }));
    await screen.findByRole('heading', { level: 1, name: en('header.heading') });
    // The switch replaces the entry (it is a preference, not a view); an edited URL still works.
    act(() => {
      window.history.pushState(null, '', '/?lng=zh');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: zh('header.heading') })).toBeInTheDocument();
  });

  it('saves the choice for the next visit, and each link names the same page in its language', async () => {
    const { user } = await renderApp({ url: '/?lng=zh' });
    await screen.findAllByRole('article');
    expect(screen.getByRole('link', { name: languageName('en') })).toHaveAttribute('href', '?lng=en');
    await user.click(screen.getByRole('link', { name: languageName('en') }));
    expect(window.localStorage.getItem('partner-showcase.lng')).toBe('en');
  });
});

describe('rawKeysIn', () => {
  it('finds a key that leaked into text or an attribute', () => {
    document.body.innerHTML = '<p>Intro</p><p>partners.heading</p><button aria-label="error.retry">x</button>';
    expect(rawKeysIn()).toEqual(expect.arrayContaining(['partners.heading', 'error.retry']));
    document.body.innerHTML = '<p>Visit www.baidu.com and partners</p>';
    expect(rawKeysIn()).toEqual([]);
  });
});

describe('missing translations', () => {
  it('fall back to Chinese, marked as Chinese, and never show a raw key', async () => {
    await renderApp({ lng: 'en', beforeRender: (i18n) => dropKey(i18n, 'en', 'common', 'partners.heading') });
    const heading = await screen.findByRole('heading', { level: 2, name: zh('partners.heading') });
    expect(heading.querySelector('[lang="zh-CN"]')).toHaveTextContent(zh('partners.heading'));
    expect(rawKeysIn()).toEqual([]);
  });

  it('give a quote shown in the fallback language its own lang attribute', async () => {
    await renderApp({ lng: 'en', beforeRender: (i18n) => dropKey(i18n, 'en', 'partners', 'baidu.quote') });
    const card = (await screen.findByRole('heading', { level: 3, name: en('partners:baidu.name') })).closest('article')!;
    const quote = await within(card).findByText(zh('partners:baidu.quote'));
    expect(quote.closest('blockquote')).toHaveAttribute('lang', 'zh-CN');
    // The rest of the card stays English and says so through the page's lang.
    expect(within(card).getByRole('heading', { name: en('partners:baidu.name') })).toHaveAttribute('lang', 'en');
    const other = screen.getByRole('heading', { level: 3, name: en('partners:bocloud.name') }).closest('article')!;
    expect(other.querySelector('blockquote')).toHaveAttribute('lang', 'en');
  });

  it('show the cimode keys only when asked for them in the URL', async () => {
    await renderApp({ url: '/?lng=cimode' });
    expect(await screen.findByRole('heading', { level: 1, name: 'header.heading' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('partners:huawei-cloud.name'));
  });
});
