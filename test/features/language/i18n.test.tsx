import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createI18n, fallbackChain, switchLanguage } from '@/features/language/i18n';
import { rawKeysIn } from '@test/support/raw-keys';
import { renderApp } from '@test/support/render-app';

/** Loads a bundle, drops one key from a deep copy, and puts the copy back in place of the original. */
function dropKey(i18n: Awaited<ReturnType<typeof renderApp>>['i18n'], lng: string, ns: string, path: string) {
  const bundle = structuredClone(i18n.getResourceBundle(lng, ns) as Record<string, Record<string, unknown>>);
  const [parent, leaf] = path.split('.') as [string, string];
  delete bundle[parent]![leaf];
  i18n.addResourceBundle(lng, ns, bundle, false, true);
}

describe('createI18n', () => {
  it('is ready with the requested language and keeps <html lang> and the title in step', async () => {
    const { i18n, ready } = createI18n('en');
    await ready;
    expect(i18n.t('error.retry')).toBe('Retry');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Volcano Community Co-construction Program · Partners');
  });

  it('switches to the language asked for last, even while an earlier one is still loading', async () => {
    const { i18n, ready } = createI18n('zh');
    await ready;
    const slow = switchLanguage(i18n, 'en');
    const back = switchLanguage(i18n, 'zh');
    await Promise.all([slow, back]);
    expect(i18n.language).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');

    await Promise.all([switchLanguage(i18n, 'en'), switchLanguage(i18n, 'zh'), switchLanguage(i18n, 'en')]);
    expect(i18n.language).toBe('en');
  });

  it('falls back through English, then Chinese', () => {
    expect(fallbackChain('ja')).toEqual(['en', 'zh']);
    expect(fallbackChain('en')).toEqual(['zh']);
    expect(fallbackChain('zh')).toEqual(['en']);
  });

  it('renders the page in English, with no raw key', async () => {
    await renderApp({ lng: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Volcano Community Co-construction Program' })).toBeInTheDocument();
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
    const headings = new Set<string>();
    const observer = new MutationObserver(() => {
      if (document.querySelector('[aria-busy="true"]')) seen.push('busy');
      seen.push(...rawKeysIn());
      headings.add(screen.getByRole('heading', { level: 1 }).textContent ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });

    await user.click(screen.getByRole('button', { name: '中文' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Volcano 社区共建计划' })).toBeInTheDocument();
    observer.disconnect();
    expect(seen).toEqual([]);
    // Straight from one language to the other: never empty, never a fallback in between.
    expect([...headings]).toEqual(['Volcano Community Co-construction Program', 'Volcano 社区共建计划']);
    expect(screen.getByRole('main')).toBe(main);
    expect(screen.getByRole('heading', { level: 3, name: '百度' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^人工智能 \d+$/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('显示 12 / 12 位合作伙伴');
    expect(screen.queryByText(/Read more|Filter by industry|What our partners say/)).not.toBeInTheDocument();
    expect(rawKeysIn()).toEqual([]);
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toBe('?lng=zh');
  });

  it('sets <html lang> to zh-CN / en and the document title follows', async () => {
    const { i18n } = await renderApp({ lng: 'en' });
    await screen.findAllByRole('article');
    await act(() => switchLanguage(i18n, 'zh'));
    // Every namespace arrived before the switch: the page is Chinese at once, not after a fallback.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Volcano 社区共建计划');
    expect(screen.getAllByRole('article')[1]).toHaveAccessibleName('百度');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('Volcano 社区共建计划 · 合作伙伴');
    await act(() => switchLanguage(i18n, 'en'));
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Volcano Community Co-construction Program · Partners');
  });

  it('switches the sections that load their texts on demand at once too; web pages never load the kiosk texts', async () => {
    const { i18n } = await renderApp({ lng: 'en' });
    await screen.findByRole('region', { name: 'About Volcano' });
    await screen.findByRole('region', { name: 'The Volcano community' });
    expect(i18n.hasResourceBundle('en', 'kiosk')).toBe(false);
    await act(() => switchLanguage(i18n, 'zh'));
    expect(screen.getByRole('region', { name: '关于 Volcano' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Volcano 社区' })).toBeInTheDocument();
    expect(rawKeysIn()).toEqual([]);
  });

  it('follows ?lng= on back and forward', async () => {
    const { user } = await renderApp({ url: '/?lng=zh' });
    await screen.findAllByRole('article');
    await user.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Volcano Community Co-construction Program' });
    // The switch replaces the entry (it is a preference, not a view); an edited URL still works.
    act(() => {
      window.history.pushState(null, '', '/?lng=zh');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Volcano 社区共建计划' })).toBeInTheDocument();
  });

  it('saves the choice for the next visit', async () => {
    const { user } = await renderApp({ url: '/?lng=zh' });
    await screen.findAllByRole('article');
    await user.click(screen.getByRole('button', { name: 'English' }));
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
  it('fall back to Chinese once the fallback bundle arrives, and never show a raw key', async () => {
    await renderApp({ lng: 'en', beforeRender: (i18n) => dropKey(i18n, 'en', 'common', 'partners.heading') });
    expect(rawKeysIn()).toEqual([]);
    expect(await screen.findByRole('heading', { level: 2, name: '合作伙伴怎么说' })).toBeInTheDocument();
    expect(rawKeysIn()).toEqual([]);
  });

  it('give a quote shown in the fallback language its own lang attribute', async () => {
    await renderApp({ lng: 'en', beforeRender: (i18n) => dropKey(i18n, 'en', 'partners', 'baidu.quote') });
    const card = (await screen.findByRole('heading', { level: 3, name: 'Baidu' })).closest('article')!;
    const quote = await within(card).findByText(/飞桨/);
    expect(quote.closest('blockquote')).toHaveAttribute('lang', 'zh-CN');
    // The rest of the card stays English and says so through the page's lang.
    expect(within(card).getByRole('heading', { name: 'Baidu' })).toHaveAttribute('lang', 'en');
    const other = screen.getByRole('heading', { level: 3, name: 'BoCloud' }).closest('article')!;
    expect(other.querySelector('blockquote')).toHaveAttribute('lang', 'en');
  });

  it('show the cimode keys only when asked for them in the URL', async () => {
    await renderApp({ url: '/?lng=cimode' });
    expect(await screen.findByRole('heading', { level: 1, name: 'header.heading' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('partners:huawei-cloud.name'));
  });
});
