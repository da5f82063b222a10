import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@test/support/render-app';

const names = () => screen.getAllByRole('article').map((article) => within(article).getByRole('heading', { level: 3 }).textContent);

async function openFilter(url: string) {
  const rendered = await renderApp({ url });
  const group = await screen.findByRole('group', { name: url.includes('lng=zh') ? '按行业筛选' : 'Filter by industry' });
  return { ...rendered, group };
}

describe('the industry filter', () => {
  it('has one toggle per industry, named by its label and count, none pressed', async () => {
    const { group } = await openFilter('/?lng=en');
    const toggles = within(group).getAllByRole('button', { pressed: false });
    expect(toggles.map((toggle) => toggle.textContent?.replace(/\s+/g, ' '))).toEqual([
      'Internet 5',
      'AI 4',
      'Cloud 3',
      'E-commerce 1',
      'Finance 1',
      'Research 1',
      'Audio & media 1',
      'Recruitment 1',
      'Architecture & design 1',
    ]);
    expect(within(group).getByRole('button', { name: 'AI 4' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('is labelled in Chinese on a Chinese page', async () => {
    const { group } = await openFilter('/?lng=zh');
    expect(within(group).getByRole('button', { name: '人工智能 4' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: '清除筛选' })).toBeDisabled();
  });

  it('shows partners with any selected industry, announces the count and clears', async () => {
    const { group, user } = await openFilter('/?lng=zh');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('显示 12 / 12 位合作伙伴');

    await user.click(within(group).getByRole('button', { name: /^人工智能/ }));
    expect(within(group).getByRole('button', { name: /^人工智能/ })).toHaveAttribute('aria-pressed', 'true');
    expect(status).toHaveTextContent('显示 4 / 12 位合作伙伴');
    expect(names()).toEqual(['百度', '第四范式', '中科类脑', '品览']);

    await user.click(within(group).getByRole('button', { name: /^金融/ }));
    expect(status).toHaveTextContent('显示 5 / 12 位合作伙伴');
    expect(names()).toEqual(['百度', '第四范式', '锐天投资', '中科类脑', '品览']);

    await user.click(within(group).getByRole('button', { name: /^人工智能/ }));
    expect(names()).toEqual(['锐天投资']);

    await user.click(within(group).getByRole('button', { name: '清除筛选' }));
    expect(status).toHaveTextContent('显示 12 / 12 位合作伙伴');
    expect(within(group).queryAllByRole('button', { pressed: true })).toEqual([]);
    expect(within(group).getByRole('button', { name: '清除筛选' })).toBeDisabled();
  });

  it('disables a toggle that would give no results, and counts follow the search', async () => {
    const { group, user } = await openFilter('/?lng=en');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Baidu');
    expect(await within(group).findByRole('button', { name: 'Internet 1' })).toBeEnabled();
    expect(within(group).getByRole('button', { name: 'AI 1' })).toBeEnabled();
    expect(within(group).getByRole('button', { name: 'Finance 0' })).toBeDisabled();
    expect(within(group).getByRole('button', { name: 'Cloud 0' })).toBeDisabled();
  });

  it('keeps a pressed toggle usable even when the search leaves it empty', async () => {
    const { group, user } = await openFilter('/?lng=en&industry=finance&q=Baidu');
    const finance = within(group).getByRole('button', { name: 'Finance 0' });
    expect(finance).toHaveAttribute('aria-pressed', 'true');
    expect(finance).toBeEnabled();
    expect(screen.getByText('No partners match.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 12 partners');
    await user.click(finance);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 12 partners');
  });

  it('ignores unknown industries in the URL', async () => {
    await openFilter('/?lng=en&industry=space,ai');
    expect(screen.getAllByRole('article')).toHaveLength(4);
  });
});
