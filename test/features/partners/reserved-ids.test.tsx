import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import enProgram from '../../../locales/en/program.json';
import { reply } from '@test/support/fetch-stub';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

/**
 * Ids that are also names every JavaScript object answers to ("constructor"; camel-case names
 * such as "toString" cannot be ids) and URL values such as "__proto__": every lookup by id goes
 * through a Map, Array.find or Object.hasOwn, never obj[id]. What the language layer does with
 * such keys is test/features/language/reserved-keys.test.tsx.
 */
const TEXTS = { name: 'Constructor Labs', speaker: 'Ada', title: 'Engineer', quote: 'We build with Volcano.' };

vi.mock('../../../locales/en/partners.json', async (importOriginal) => {
  const { default: texts } = await importOriginal<{ default: object }>();
  return { default: { ...texts, constructor: TEXTS } };
});
vi.mock('../../../locales/en/community.json', async (importOriginal) => {
  const { default: texts } = await importOriginal<{ default: object }>();
  return { default: { ...texts, constructor: TEXTS.name } };
});

function renderWithConstructor(url: string) {
  const data = partnersData();
  data.partners.push({ id: 'constructor', logo: 'logos/constructor.svg', industries: ['ai'], featured: false });
  data.community.contributors.push('constructor');
  return renderApp({ url, routes: partnersRoute(reply.json(data)) });
}

describe('a partner whose id is "constructor"', () => {
  it('shows its card and its community entry', async () => {
    await renderWithConstructor('/?lng=en');
    expect(await screen.findByRole('article', { name: TEXTS.name })).toHaveTextContent(TEXTS.quote);
    const community = await screen.findByRole('region', { name: enProgram.community.heading });
    expect(within(community).getByText(TEXTS.name)).toBeInTheDocument();
  });

  it('opens from ?partner=constructor', async () => {
    await renderWithConstructor('/?lng=en&partner=constructor');
    const dialog = await screen.findByRole('dialog', { name: TEXTS.name });
    expect(within(dialog).getByRole('blockquote')).toHaveTextContent(TEXTS.quote);
  });

  it.each(['__proto__', 'prototype', 'tostring'])('says ?partner=%s names no partner', async (id) => {
    await renderWithConstructor(`/?lng=en&partner=${id}`);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(enCommon.detail.notFound);
  });

  it('ignores industries in the URL that are JavaScript names, and keeps a real one', async () => {
    await renderWithConstructor('/?lng=en&industry=constructor,__proto__,ai');
    await screen.findAllByRole('article');
    const filter = screen.getByRole('group', { name: enCommon.filter.heading });
    expect(
      within(filter)
        .getAllByRole('button', { pressed: true })
        .map((button) => button.textContent),
    ).toEqual([expect.stringContaining(enCommon.industry.ai)]);
    expect(screen.getByRole('article', { name: TEXTS.name })).toBeInTheDocument();
  });
});
