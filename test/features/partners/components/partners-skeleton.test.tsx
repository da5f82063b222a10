import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reply } from '@test/support/fetch-stub';
import { textsIn } from '@test/support/locale-texts';
import { partnersRoute, renderApp } from '@test/support/render-app';

describe('while the data loads', () => {
  it('shows a busy skeleton of the list, announced in the page language', async () => {
    const zh = await textsIn('zh');
    await renderApp({ lng: 'zh', routes: partnersRoute(reply.pending()) });
    const skeleton = screen.getByRole('status');
    expect(skeleton).toHaveAttribute('aria-busy', 'true');
    expect(skeleton).toHaveTextContent(zh('app.loading'));
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The header is there already; sections that come with the data are not.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zh('header.heading'));
    expect(screen.queryByRole('region', { name: zh('program:heading') })).not.toBeInTheDocument();
  });

  it('replaces the skeleton with the list when the data arrives', async () => {
    const en = await textsIn('en');
    await renderApp({ lng: 'en' });
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findAllByRole('article')).toHaveLength(12);
    expect(screen.getByRole('status')).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('status')).toHaveTextContent(en('filter.results', { count: 12, total: 12 }));
  });
});
