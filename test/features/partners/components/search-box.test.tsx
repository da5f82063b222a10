import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@test/support/render-app';

const names = () => screen.queryAllByRole('article').map((article) => within(article).getByRole('heading', { level: 3 }).textContent);

async function searchFor(lng: string, query: string) {
  const rendered = await renderApp({ lng });
  await screen.findAllByRole('article');
  await rendered.user.type(screen.getByRole('searchbox'), query);
  return rendered;
}

describe('the search box', () => {
  it.each([
    ['en', 'baidu', ['Baidu']],
    ['en', 'zhou ti', ['Baidu']],
    ['en', 'PaddlePaddle on Volcano', ['Baidu']],
    ['en', 'ＢＯＳＳ', ['BOSS Zhipin']],
    ['zh', '周倜', ['百度']],
    ['zh', '喜马拉雅', ['喜马拉雅']],
    ['zh', '飞桨框架', ['百度']],
  ])('in %s finds %j by name, speaker or quote', async (lng, query, expected) => {
    await searchFor(lng, query);
    expect(names()).toEqual(expected);
  });

  it('searches the current language only', async () => {
    await searchFor('zh', 'Zhou Ti');
    expect(names()).toEqual([]);
    expect(screen.getByText('没有符合条件的合作伙伴。')).toBeInTheDocument();
  });

  it('announces the count and keeps the query in the URL without adding history', async () => {
    const before = window.history.length;
    await searchFor('en', 'volcano');
    expect(screen.getByRole('status').textContent).toMatch(/^Showing \d+ of 12 partners$/);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('volcano');
    expect(window.history.length).toBe(before);
  });

  it('shows everyone again when cleared', async () => {
    const { user } = await searchFor('en', 'ximalaya');
    expect(names()).toEqual(['Ximalaya']);
    await user.clear(screen.getByRole('searchbox'));
    expect(names()).toHaveLength(12);
    expect(window.location.search).not.toContain('q=');
  });

  it('is labelled and hinted in the page language', async () => {
    await renderApp({ lng: 'zh' });
    const box = await screen.findByRole('searchbox', { name: '搜索' });
    expect(box).toHaveAttribute('placeholder', '名称、发言人或内容');
  });
});
