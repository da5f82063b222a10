import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES, type IndustryId } from '@/features/partners/industries';
import { textsIn } from '@test/support/locale-texts';
import { partnersData, renderApp } from '@test/support/render-app';

type Lng = 'zh' | 'en';

const names = () => screen.getAllByRole('article').map((article) => within(article).getByRole('heading', { level: 3 }).textContent);
/** Partner names, in the list's order, of the partners with any of these industries. */
async function namesWith(lng: Lng, industries: string[]) {
  const texts = await textsIn(lng);
  return partnersData()
    .partners.filter((partner) => partner.industries.some((industry) => industries.includes(industry)))
    .map((partner) => texts(`partners:${partner.id}.name`));
}
const countOf = (industry: string) => partnersData().partners.filter((partner) => partner.industries.includes(industry)).length;

async function openFilter(lng: Lng, query = '') {
  const texts = await textsIn(lng);
  const rendered = await renderApp({ url: `/?lng=${lng}${query}` });
  const group = await screen.findByRole('group', { name: texts('filter.heading') });
  return { ...rendered, group, texts };
}

describe('the industry filter', () => {
  it('has one toggle per industry, named by its label and count, none pressed', async () => {
    const { group, texts } = await openFilter('en');
    const toggles = within(group).getAllByRole('button', { pressed: false });
    expect(toggles.map((toggle) => toggle.textContent?.replace(/\s+/g, ' '))).toEqual(
      INDUSTRIES.map((industry) => `${texts(`industry.${industry}`)} ${countOf(industry)}`),
    );
    expect(within(group).getByRole('button', { name: `${texts('industry.ai')} ${countOf('ai')}` })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('is labelled in Chinese on a Chinese page', async () => {
    const { group, texts } = await openFilter('zh');
    expect(within(group).getByRole('button', { name: `${texts('industry.ai')} ${countOf('ai')}` })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: texts('filter.clear') })).toBeDisabled();
  });

  it('shows partners with any selected industry, announces the count and clears', async () => {
    const { group, user, texts } = await openFilter('zh');
    const total = partnersData().partners.length;
    const toggle = (industry: IndustryId) => within(group).getByRole('button', { name: new RegExp(`^${texts(`industry.${industry}`)}`) });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(texts('filter.results', { count: total, total }));

    await user.click(toggle('ai'));
    expect(toggle('ai')).toHaveAttribute('aria-pressed', 'true');
    expect(status).toHaveTextContent(texts('filter.results', { count: countOf('ai'), total }));
    expect(names()).toEqual(await namesWith('zh', ['ai']));

    await user.click(toggle('finance'));
    expect(names()).toEqual(await namesWith('zh', ['ai', 'finance']));
    expect(status).toHaveTextContent(texts('filter.results', { count: names().length, total }));

    await user.click(toggle('ai'));
    expect(names()).toEqual(await namesWith('zh', ['finance']));

    await user.click(within(group).getByRole('button', { name: texts('filter.clear') }));
    expect(status).toHaveTextContent(texts('filter.results', { count: total, total }));
    expect(within(group).queryAllByRole('button', { pressed: true })).toEqual([]);
    expect(within(group).getByRole('button', { name: texts('filter.clear') })).toBeDisabled();
  });

  it('disables a toggle that would give no results, and counts follow the search', async () => {
    const { group, user, texts } = await openFilter('en');
    await user.type(screen.getByRole('searchbox', { name: texts('filter.searchLabel') }), texts('partners:baidu.name'));
    expect(await within(group).findByRole('button', { name: `${texts('industry.internet')} 1` })).toBeEnabled();
    expect(within(group).getByRole('button', { name: `${texts('industry.ai')} 1` })).toBeEnabled();
    expect(within(group).getByRole('button', { name: `${texts('industry.finance')} 0` })).toBeDisabled();
    expect(within(group).getByRole('button', { name: `${texts('industry.cloud')} 0` })).toBeDisabled();
  });

  it('keeps a pressed toggle usable even when the search leaves it empty', async () => {
    const en = await textsIn('en');
    const { group, user, texts } = await openFilter('en', `&industry=finance&q=${encodeURIComponent(en('partners:baidu.name'))}`);
    const total = partnersData().partners.length;
    const finance = within(group).getByRole('button', { name: `${texts('industry.finance')} 0` });
    expect(finance).toHaveAttribute('aria-pressed', 'true');
    expect(finance).toBeEnabled();
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(texts('filter.results', { count: 0, total }));
    await user.click(finance);
    expect(screen.getByRole('status')).toHaveTextContent(texts('filter.results', { count: 1, total }));
  });

  it('ignores unknown industries in the URL', async () => {
    await openFilter('en', '&industry=space,ai');
    expect(screen.getAllByRole('article')).toHaveLength(countOf('ai'));
  });

  describe('on a phone, behind a disclosure', () => {
    it.each(['zh', 'en'] as const)('opens and closes the toggles with one button that controls them (%s)', async (lng) => {
      const { group, user, texts } = await openFilter(lng);
      const disclosure = within(group).getByRole('button', { name: texts('filter.toggle'), expanded: false });
      const panel = document.getElementById(disclosure.getAttribute('aria-controls')!);
      expect(panel).toContainElement(within(group).getByRole('button', { name: texts('filter.clear') }));
      await user.click(disclosure);
      expect(disclosure).toHaveAttribute('aria-expanded', 'true');
      await user.click(disclosure);
      expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    });

    it.each(['zh', 'en'] as const)('says on the button how many industries are on (%s)', async (lng) => {
      const { group, user, texts } = await openFilter(lng, '&industry=ai,finance');
      const disclosure = within(group).getByRole('button', { expanded: false });
      expect(disclosure).toHaveTextContent(`${texts('filter.toggle')}${texts('filter.active', { count: 2 })}`);
      await user.click(within(group).getByRole('button', { name: new RegExp(`^${texts('industry.ai')}`) }));
      expect(disclosure).toHaveTextContent(`${texts('filter.toggle')}${texts('filter.active', { count: 1 })}`);
      await user.click(within(group).getByRole('button', { name: texts('filter.clear') }));
      expect(disclosure).toHaveTextContent(texts('filter.toggle'));
      expect(disclosure.textContent).toBe(texts('filter.toggle'));
    });
  });
});
