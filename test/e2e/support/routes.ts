import type { Page, Route } from '@playwright/test';
import { partnersFile, type PartnersFile } from './content';

/** The data file, whichever base URL the build uses. */
export const PARTNERS_JSON = '**/data/partners.json';

const json = (body: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

/** Serves a modified copy of the real partners.json; returns how many times it was asked for. */
export async function servePartners(page: Page, edit: (file: PartnersFile) => unknown): Promise<{ requests: () => number }> {
  let requests = 0;
  await page.route(PARTNERS_JSON, (route) => {
    requests += 1;
    const file = partnersFile();
    return route.fulfill(json(edit(file) ?? file));
  });
  return { requests: () => requests };
}

/** Answers the data request with whatever `respond` does, counting requests. */
export async function failPartners(page: Page, respond: (route: Route) => Promise<void>): Promise<{ requests: () => number }> {
  let requests = 0;
  await page.route(PARTNERS_JSON, (route) => {
    requests += 1;
    return respond(route);
  });
  return { requests: () => requests };
}

/**
 * Holds the data response back for at least `ms` and until `release()`, so the loading state can
 * be seen and measured however slow the machine is.
 */
export async function holdPartners(page: Page, ms: number): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(PARTNERS_JSON, async (route) => {
    await Promise.all([released, new Promise((resolve) => setTimeout(resolve, ms))]);
    await route.fallback();
  });
  return { release: () => release() };
}

/**
 * Partner text ships in hashed locale files (assets/partners-<hash>.json), so a long quote is
 * injected by rewriting the file: the first partner's quote gets `extra` prepended.
 */
export async function injectIntoQuotes(page: Page, extra: string): Promise<void> {
  await page.route('**/assets/partners-*.json', async (route) => {
    const response = await route.fetch();
    const texts = (await response.json()) as Record<string, { quote?: string }>;
    const first = Object.values(texts).find((text) => typeof text.quote === 'string');
    if (first) first.quote = `${extra}${first.quote}`;
    await route.fulfill({ response, json: texts });
  });
}
