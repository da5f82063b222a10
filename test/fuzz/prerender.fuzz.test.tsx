import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/query-client';
import { PageRoot } from '@/app/root';
import { createI18n } from '@/features/language/i18n';
import { rawKeysIn } from '@test/support/raw-keys';
import { hostileText } from './arbitraries';
import { fuzzRuns } from './runs';

const { runs: RUNS, timeoutMs: TIMEOUT_MS } = fuzzRuns(60, 1000, 15);

// The texts the prerendered first screen shows, which the build writes into index.html.
const FIRST_SCREEN_KEYS = [
  'header.eyebrow',
  'header.heading',
  'header.lead',
  'language.label',
  'app.skipToContent',
  'partners.heading',
  'app.loading',
];

/** index.html as the build writes it: the markup inside a <template> (vite.config.ts, prerender plugin). */
const page = (markup: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><body><div id="root"></div><template data-first-screen="en">${markup}</template></body></html>`,
    'text/html',
  );

describe('the prerendered first screen, fuzzed', () => {
  it(
    'keeps any text a locale file holds inside its template, as text: no markup, no script, no raw key',
    { timeout: TIMEOUT_MS },
    async () => {
      const { i18n, ready } = createI18n('en', { document: false });
      await ready;
      const original = structuredClone(i18n.getResourceBundle('en', 'common') as Record<string, unknown>);
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom(...FIRST_SCREEN_KEYS), fc.option(hostileText, { nil: undefined })),
          async (edits) => {
            const bundle = structuredClone(original);
            for (const [key, value] of Object.entries(edits)) {
              const path = key.split('.');
              const parent = path.slice(0, -1).reduce((node, part) => node[part] as Record<string, unknown>, bundle);
              if (value === undefined) delete parent[path.at(-1)!];
              else parent[path.at(-1)!] = value;
            }
            i18n.addResourceBundle('en', 'common', bundle, false, true);
            const document = page(renderToString(<PageRoot i18n={i18n} queryClient={createQueryClient()} />));

            const templates = document.querySelectorAll('template');
            expect(templates).toHaveLength(1);
            expect(document.querySelectorAll('script, img, iframe, object')).toHaveLength(0);
            const screen = templates[0]!.content;
            expect(screen.querySelectorAll('script, iframe, object')).toHaveLength(0);
            // The one image is the Volcano mark, from the site, whatever the texts say.
            expect([...screen.querySelectorAll('img')].map((image) => image.getAttribute('src'))).toEqual([
              '/brand/volcano-icon-color.svg',
            ]);
            for (const element of screen.querySelectorAll('*')) {
              expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
            }
            // Plain text comes out as it went in (i18next's own syntax, $t() and {{}}, is resolved first).
            const heading = edits['header.heading'];
            if (typeof heading === 'string' && heading.trim() && !/\$t\(|\{\{/.test(heading))
              expect(screen.querySelector('h1')?.textContent).toBe(heading);
            const shown = document.createElement('div');
            shown.append(screen.cloneNode(true));
            expect(rawKeysIn(shown)).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
      i18n.addResourceBundle('en', 'common', original, false, true);
    },
  );
});
