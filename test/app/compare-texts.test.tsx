import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { languageName, textsIn } from '@test/support/locale-texts';
import { renderApp } from '@test/support/render-app';

// English's kiosk.json lacks one text, as a translation in progress does.
vi.mock('@/features/language/locales', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/features/language/locales')>();
  return {
    ...original,
    loadLocale: async (lng: string, ns: string) => {
      const texts = await original.loadLocale(lng, ns);
      if (lng !== 'en' || ns !== 'kiosk') return texts;
      const rest = { ...(texts as Record<string, unknown>) };
      delete rest.pause;
      return rest;
    },
  };
});

const zh = await textsIn('zh');
const en = await textsIn('en');

/** The row of a table whose header cell names `key`. */
const rowOf = (table: HTMLElement, key: string) => within(table).getByRole('rowheader', { name: key }).closest('tr')!;

describe('?compare=zh,en: the interface and booth texts', () => {
  it('lists every key of the page’s own texts with each language in its column', async () => {
    await renderApp({ url: '/?lng=en&compare=zh,en' });
    const table = await screen.findByRole('table', { name: en('compare.interfaceRow') });
    expect(within(table).getByRole('columnheader', { name: languageName('zh') })).toHaveAttribute('lang', 'zh-CN');
    const row = rowOf(table, 'common:filter.heading');
    const [zhCell, enCell] = within(row).getAllByRole('cell');
    expect(zhCell).toHaveTextContent(zh('filter.heading'));
    expect(zhCell).toHaveAttribute('lang', 'zh-CN');
    expect(enCell).toHaveTextContent(en('filter.heading'));
    // Plural forms are rows of their own.
    expect(
      within(await screen.findByRole('table', { name: en('compare.kioskRow') })).getByRole('rowheader', { name: 'kiosk:idle.body_other' }),
    ).toBeInTheDocument();
  });

  it('shows a text a language lacks in its fallback, marked and labelled as such', async () => {
    await renderApp({ url: '/?lng=en&compare=zh,en' });
    const table = await screen.findByRole('table', { name: en('compare.kioskRow') });
    const [, enCell] = within(rowOf(table, 'kiosk:pause')).getAllByRole('cell');
    expect(enCell).toHaveAttribute('lang', 'zh-CN');
    expect(enCell).toHaveTextContent(zh('kiosk:pause'));
    expect(enCell).toHaveTextContent(en('compare.fallback', { language: languageName('zh') }));
  });
});
