import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import partnersFile from '../../public/data/partners.json';
import zhPartners from '../../locales/zh/partners.json';
import { ComparePartner } from '@/app/compare-partner';
import type { Partner } from '@/features/partners/schema';
import { languageName, textsIn } from '@test/support/locale-texts';
import { renderApp } from '@test/support/render-app';

const partnerCount = partnersFile.partners.length;

describe('?compare=zh,en review view', () => {
  it('shows every testimonial once per language, each column marked with its language', async () => {
    const [zh, en] = await Promise.all([textsIn('zh'), textsIn('en')]);
    await renderApp({ url: '/?lng=en&compare=zh,en' });
    expect(await screen.findByRole('heading', { level: 1, name: en('compare.heading') })).toBeInTheDocument();
    // One article per partner per language, in full: the whole of a long quote is there.
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(partnerCount * 2));
    const baiduZh = screen.getByRole('article', { name: zh('partners:baidu.name') });
    const baiduEn = screen.getByRole('article', { name: en('partners:baidu.name') });
    expect(baiduZh.closest('[lang]')).toHaveAttribute('lang', 'zh-CN');
    expect(baiduEn.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(within(baiduEn).getByRole('blockquote')).toHaveTextContent(en('partners:baidu.quote'));
    expect(within(baiduZh).getByRole('blockquote')).toHaveTextContent(zh('partners:baidu.quote'));
  });

  it('shows the program section in each language, and the page keeps its own language', async () => {
    const [zh, en] = await Promise.all([textsIn('zh'), textsIn('en')]);
    await renderApp({ url: '/?lng=en&compare=zh,en' });
    expect(await screen.findByRole('heading', { level: 2, name: zh('program:heading') })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: en('program:heading') })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('says when a testimonial falls back to another language', async () => {
    const partner: Partner = { id: 'baidu', logo: null, website: null, industries: ['ai'], featured: false };
    await renderApp({
      lng: 'en',
      ui: <ComparePartner partner={partner} />,
      beforeRender: (i18n) => {
        i18n.addResourceBundle('zh', 'partners', zhPartners, true, true);
        i18n.addResourceBundle('en', 'partners', { baidu: { quote: '' } }, true, true);
      },
    });
    const en = await textsIn('en');
    expect(await screen.findByText(en('compare.fallback', { language: languageName('zh') }))).toBeInTheDocument();
    expect(screen.getByRole('blockquote')).toHaveAttribute('lang', 'zh-CN');
  });

  it('goes back to the normal page', async () => {
    const en = await textsIn('en');
    const { user } = await renderApp({ url: '/?lng=en&compare=zh,en&industry=ai' });
    await user.click(await screen.findByRole('link', { name: en('compare.exit') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('header.heading') })).toBeInTheDocument();
    expect(window.location.search).toBe('?lng=en&industry=ai');
  });
});
