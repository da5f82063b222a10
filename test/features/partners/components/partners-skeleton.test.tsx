import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reply } from '@test/support/fetch-stub';
import { partnersRoute, renderApp } from '@test/support/render-app';

describe('while the data loads', () => {
  it('shows a busy skeleton of the list, announced in the page language', async () => {
    await renderApp({ lng: 'zh', routes: partnersRoute(reply.pending()) });
    const skeleton = screen.getByRole('status');
    expect(skeleton).toHaveAttribute('aria-busy', 'true');
    expect(skeleton).toHaveTextContent('正在加载合作伙伴……');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The header is there already; sections that come with the data are not.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Volcano 社区共建计划');
    expect(screen.queryByRole('region', { name: '关于 Volcano' })).not.toBeInTheDocument();
  });

  it('replaces the skeleton with the list when the data arrives', async () => {
    await renderApp({ lng: 'en' });
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findAllByRole('article')).toHaveLength(12);
    expect(screen.getByRole('status')).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 12 of 12 partners');
  });
});
