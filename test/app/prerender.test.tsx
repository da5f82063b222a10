import { act, screen, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderFirstScreen, renderFirstScreens } from '@/app/prerender';
import { PageRoot } from '@/app/root';
import { createI18n } from '@/features/language/i18n';
import { AVAILABLE_LANGUAGES } from '@/features/language/locales';
import { htmlLangOf } from '@/shared/lib/html-lang';
import { createTestQueryClient, partnersRoute } from '@test/support/render-app';
import { stubFetch } from '@test/support/fetch-stub';
import { textsIn } from '@test/support/locale-texts';
import { rawKeysIn } from '@test/support/raw-keys';

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

/** The prerendered markup in #root, as the page's entry shows it. */
function showMarkup(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.id = 'root';
  // The build's own output, React-escaped: the test reads it as the browser parses index.html.
  container.append(document.createRange().createContextualFragment(markup));
  document.body.append(container);
  return container;
}

describe('the prerendered first screen', () => {
  it('is rendered for every language, each in its own words', async () => {
    const screens = await renderFirstScreens();
    expect(screens.map(({ lng }) => lng)).toEqual([...AVAILABLE_LANGUAGES]);
    expect(screens.find(({ lng }) => lng === 'zh')?.htmlLang).toBe('zh-CN');
    for (const { lng, markup } of screens) {
      const container = showMarkup(markup);
      const heading = within(container).getByRole('heading', { level: 1 });
      const t = await textsIn(lng);
      expect(heading).toHaveTextContent(t('header.heading'));
      expect(within(container).getByRole('link', { current: true })).toHaveAttribute('hreflang', htmlLangOf(lng));
      expect(rawKeysIn(container)).toEqual([]);
      container.remove();
    }
  });

  it('comes with a notice in each language for an app that did not download, with its Retry button', async () => {
    for (const { lng, loadFailedMarkup } of await renderFirstScreens()) {
      const container = showMarkup(loadFailedMarkup);
      const t = await textsIn(lng);
      expect(within(container).getByRole('alert')).toHaveTextContent(t('error.page'));
      expect(within(container).getByRole('button', { name: t('error.retry') })).toBeInTheDocument();
      expect(rawKeysIn(container)).toEqual([]);
      container.remove();
    }
  });

  it('is hydrated by the app without a mismatch: the nodes on screen stay, the list follows', async () => {
    stubFetch(partnersRoute());
    const { markup } = await renderFirstScreen('en');
    const container = showMarkup(markup);
    const heading = screen.getByRole('heading', { level: 1 });
    const onRecoverableError = vi.fn();
    const { i18n, ready } = createI18n('en');
    await ready;
    await act(async () => {
      root = hydrateRoot(container, <PageRoot i18n={i18n} queryClient={createTestQueryClient()} />, { onRecoverableError });
    });
    expect(await screen.findAllByRole('article')).not.toHaveLength(0);
    expect(onRecoverableError).not.toHaveBeenCalled();
    // Hydrated in place: the heading a visitor has been reading is the same element.
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading);
  });

  it('fails to hydrate (and says so) when the app would render something else: the test can fail', async () => {
    const { markup } = await renderFirstScreen('zh');
    const container = showMarkup(markup);
    const onRecoverableError = vi.fn();
    const { i18n, ready } = createI18n('en');
    await ready;
    stubFetch(partnersRoute());
    await act(async () => {
      root = hydrateRoot(container, <PageRoot i18n={i18n} queryClient={createTestQueryClient()} />, { onRecoverableError });
    });
    expect(onRecoverableError).toHaveBeenCalled();
  });
});
