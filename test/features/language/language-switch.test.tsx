import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { renderApp } from '@test/support/render-app';

describe('the language switch', () => {
  // A switch loads texts while components render; React must never report an update made in the
  // middle of a render (a synchronous answer from the locale backend did that).
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    const reports = consoleError.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('while rendering'));
    consoleError.mockRestore();
    expect(reports).toEqual([]);
  });

  it('offers each language in its own words, marked with its own lang', async () => {
    await renderApp({ url: '/?lng=en' });
    const group = screen.getByRole('group', { name: 'Language' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['中文', 'English']);
    expect(within(group).getByRole('button', { name: '中文' })).toHaveAttribute('lang', 'zh-CN');
    expect(within(group).getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
  });

  it('marks the current language as pressed and follows a switch', async () => {
    const { user } = await renderApp({ url: '/?lng=zh' });
    const group = screen.getByRole('group', { name: '语言' });
    expect(within(group).getByRole('button', { pressed: true })).toHaveTextContent('中文');
    await user.click(within(group).getByRole('button', { name: 'English' }));
    const english = await screen.findByRole('group', { name: 'Language' });
    expect(within(english).getByRole('button', { pressed: true })).toHaveTextContent('English');
  });

  it('replaces the history entry instead of adding one: back leaves the page, not the language', async () => {
    const { user } = await renderApp({ url: '/?lng=zh&industry=ai' });
    await screen.findAllByRole('article');
    const before = window.history.length;
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?lng=en&industry=ai');
  });
});
