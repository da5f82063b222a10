import { screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import enProgram from '../../locales/en/program.json';
import zhCommon from '../../locales/zh/common.json';
import zhProgram from '../../locales/zh/program.json';
import { NAMESPACES } from '@/features/language/locales';
import { INDUSTRIES, type IndustryId } from '@/features/partners/industries';
import { CONTACT_EMAIL } from '@/features/program/program-facts';
import { parsePartnerData, type Partner } from '@/features/partners/schema';
import { reply } from '@test/support/fetch-stub';
import { rawKeysIn } from '@test/support/raw-keys';
import { partnersRoute, renderApp } from '@test/support/render-app';
import { dataFile, hostileText, partnerTexts } from './arbitraries';
import { fuzzRuns } from './runs';

const { runs: RUNS, timeoutMs: TIMEOUT_MS } = fuzzRuns(15, 200, 250);

/**
 * UI keys a fuzzed locale may lose, as "ns:key": the page's (common) and the program section's.
 * Industry labels stay: the count check below reads them.
 */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}
const inBoth = (ns: string, en: unknown, zh: unknown) =>
  leafKeys(en)
    .filter((key) => leafKeys(zh).includes(key))
    .map((key) => `${ns}:${key}`);
const DROPPABLE_NAMESPACES = ['common', 'program'];
const droppableKeys = [...inBoth('common', enCommon, zhCommon), ...inBoth('program', enProgram, zhProgram)].filter(
  (key) => !key.startsWith('common:industry.'),
);

function dropKeys(i18n: I18n, lng: string, keys: readonly string[]) {
  for (const ns of DROPPABLE_NAMESPACES) {
    const bundle = structuredClone(i18n.getResourceBundle(lng, ns)) as Record<string, unknown>;
    for (const key of keys.filter((candidate) => candidate.startsWith(`${ns}:`))) {
      const path = key.slice(ns.length + 1).split('.');
      const parent = path
        .slice(0, -1)
        .reduce<Record<string, unknown> | undefined>((node, part) => node?.[part] as Record<string, unknown> | undefined, bundle);
      if (parent) delete parent[path.at(-1)!];
    }
    i18n.removeResourceBundle(lng, ns);
    i18n.addResourceBundle(lng, ns, bundle);
  }
}

const scenario = fc
  .record({
    file: dataFile,
    lng: fc.constantFrom('zh', 'en'),
    selection: fc.subarray([...INDUSTRIES], { maxLength: 3 }),
    dropped: fc.subarray(droppableKeys, { maxLength: 6 }),
    openFirst: fc.boolean(),
  })
  .chain((base) => {
    const ids = Array.isArray((base.file as { partners?: unknown })?.partners)
      ? ((base.file as { partners: unknown[] }).partners
          .map((record) => (record as { id?: unknown })?.id)
          .filter((id) => typeof id === 'string') as string[])
      : [];
    // The partners locale file: text (hostile or not) for some of the data's ids, junk for others, and ids the data does not have.
    const texts = fc.dictionary(
      ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 6 })) : fc.string({ maxLength: 6 }),
      fc.oneof({ weight: 5, arbitrary: partnerTexts }, { weight: 1, arbitrary: hostileText }),
      { maxKeys: ids.length + 3 },
    );
    return texts.map((partnerTexts) => ({ ...base, partnerTexts }));
  });

function expectedPartners(file: unknown): Partner[] | null {
  try {
    return parsePartnerData(file, { warn: () => {} }).partners;
  } catch {
    return null;
  }
}

const countOf = (chip: HTMLElement) => Number(chip.querySelector('.chip__count')?.textContent);

describe('the rendered page, fuzzed', () => {
  it('never breaks, links only to http(s), shows no raw key, and its counts add up', { timeout: TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ file, lng, selection, dropped, openFirst, partnerTexts: texts }) => {
        const partners = expectedPartners(file);
        const params = new URLSearchParams({ lng });
        if (selection.length) params.set('industry', selection.join(','));
        if (openFirst && partners?.[0]) params.set('partner', partners[0].id);
        const { i18n, unmount } = await renderApp({
          url: `/?${params}`,
          lng,
          routes: partnersRoute(reply.json(file)),
          // The program section's texts are in before the keys are dropped from them.
          namespaces: [...NAMESPACES, 'program'],
          beforeRender: (instance) => {
            instance.removeResourceBundle(lng, 'partners');
            instance.addResourceBundle(lng, 'partners', texts);
            dropKeys(instance, lng, dropped);
          },
        });
        try {
          if (partners === null) {
            // A file of the wrong shape: one clear message, the page around it still there.
            expect(await screen.findByRole('alert')).toBeInTheDocument();
            expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
          } else {
            const expected = partners.filter(
              (partner) => selection.length === 0 || partner.industries.some((industry) => selection.includes(industry)),
            );
            const main = screen.getByRole('main');
            await waitFor(() => expect(screen.queryByRole('status', { busy: true })).toBeNull());
            await waitFor(() => expect(within(main).queryAllByRole('article')).toHaveLength(expected.length), { timeout: 3_000 });

            // Counts per industry: each toggle counts the partners that have it, and a selected
            // industry's count is what the list shows of it.
            const label = (industry: IndustryId) => i18n.t(`industry.${industry}`);
            const articles = within(main).queryAllByRole('article');
            const toggles = within(main)
              .queryAllByRole('button')
              .filter((button) => button.hasAttribute('aria-pressed'));
            for (const industry of INDUSTRIES) {
              const chip = toggles.find((button) => button.textContent?.startsWith(label(industry)));
              const having = partners.filter((partner) => partner.industries.includes(industry)).length;
              if (!chip) {
                expect(having === 0 && !selection.includes(industry)).toBe(true);
                continue;
              }
              expect(countOf(chip)).toBe(having);
              if (selection.includes(industry)) {
                const shown = articles.filter((article) =>
                  within(article)
                    .queryAllByRole('listitem')
                    .some((item) => item.textContent === label(industry)),
                );
                expect(shown).toHaveLength(having);
              }
            }
          }

          // The sections below the list (loaded on demand) are part of what is checked.
          await waitFor(() => expect(document.querySelector('.site-footer')).not.toBeNull(), { timeout: 3_000 });

          // Only http(s) links, and no markup from the data or the texts.
          for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
            // The maintainer's address is the page's own, not the data's: the one link that is not http(s).
            if (link.href === `mailto:${CONTACT_EMAIL}`) continue;
            expect(['http:', 'https:']).toContain(new URL(link.href).protocol);
            // A link that leaves the page gives the other site no handle on it.
            if (new URL(link.href).origin !== window.location.origin)
              expect(link.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
          }
          // Logos are images, never markup in the page: the only inline SVG is a generated QR code.
          for (const svg of document.querySelectorAll('svg')) expect(svg.closest('.qr-code')).not.toBeNull();
          for (const image of document.querySelectorAll<HTMLImageElement>('img[src]')) {
            expect(['http:', 'https:']).toContain(new URL(image.src).protocol);
          }
          expect(document.querySelectorAll('script, iframe, object, embed, [onerror], [onload], [onclick]')).toHaveLength(0);
          expect(rawKeysIn()).toEqual([]);
        } finally {
          unmount();
          window.history.replaceState(null, '', '/');
        }
      }),
      { numRuns: RUNS },
    );
  });
});
