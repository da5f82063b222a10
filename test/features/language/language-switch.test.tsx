import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { AVAILABLE_LANGUAGES } from '@/features/language/locales';
import { languageName, textsIn } from '@test/support/locale-texts';
import { renderApp } from '@test/support/render-app';

const zh = await textsIn('zh');
const en = await textsIn('en');

describe('the language switch', () => {
  // A switch loads texts while components render; React must never report an update made in the
  // middle of a render.
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    const reports = consoleError.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('while rendering'));
    consoleError.mockRestore();
    expect(reports).toEqual([]);
  });

  it('offers each language in its own words, marked with its own lang, as a link to the page in that language', async () => {
    await renderApp({ url: '/?lng=en' });
    const nav = screen.getByRole('navigation', { name: en('language.label') });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(AVAILABLE_LANGUAGES.map(languageName));
    expect(within(nav).getByRole('link', { name: languageName('zh') })).toHaveAttribute('lang', 'zh-CN');
    expect(within(nav).getByRole('link', { name: languageName('zh') })).toHaveAttribute('href', '?lng=zh');
    expect(within(nav).getByRole('link', { name: languageName('en') })).toHaveAttribute('lang', 'en');
  });

  it('marks the current language and follows a switch', async () => {
    const { user } = await renderApp({ url: '/?lng=zh' });
    const nav = screen.getByRole('navigation', { name: zh('language.label') });
    expect(within(nav).getByRole('link', { current: true })).toHaveTextContent(languageName('zh'));
    await user.click(within(nav).getByRole('link', { name: languageName('en') }));
    const english = await screen.findByRole('navigation', { name: en('language.label') });
    expect(within(english).getByRole('link', { current: true })).toHaveTextContent(languageName('en'));
  });

  it('replaces the history entry instead of adding one, and keeps the rest of the view', async () => {
    const { user } = await renderApp({ url: '/?lng=zh&industry=ai' });
    await screen.findAllByRole('article');
    const before = window.history.length;
    await user.click(screen.getByRole('link', { name: languageName('en') }));
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?lng=en&industry=ai');
  });
});
