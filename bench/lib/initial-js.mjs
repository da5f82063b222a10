import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newPage } from './browser.mjs';

/** The gzip size of a built file: its precompressed .gz twin (what the server sends), else gzip -9. */
export function gzipSizeOf(distDir, path) {
  const file = join(distDir, decodeURIComponent(path).replace(/^\/+/, ''));
  if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Static cross-check: the entry scripts and modulepreload links of index.html, the app chunk the
 * entry always imports (render-page-*.js, see src/main.ts) and every chunk they import statically.
 * Other dynamic imports (locales, lazy sections) are left out: they show up only in the browser
 * measure.
 */
export function staticInitialJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const roots = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => new URL(match[1], 'http://x/').pathname);
  const assets = join(distDir, 'assets');
  if (existsSync(assets))
    roots.push(
      ...readdirSync(assets)
        .filter((file) => /^render-page-[\w-]+\.js$/.test(file))
        .map((file) => `/assets/${file}`),
    );
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    for (const [, spec] of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
      visit(new URL(spec, `http://x${path}`).pathname);
    }
  };
  roots.forEach(visit);
  const files = [...seen].map((path) => ({ path, gzip: gzipSizeOf(distDir, path) }));
  return { gzipBytes: files.reduce((sum, file) => sum + file.gzip, 0), files };
}

/**
 * What a first visit downloads before it can be used: every script requested from navigation
 * until the first screen is interactive (the page's User Timing mark "interactive", set once it
 * has rendered or hydrated with its texts), with no interaction. Scripts requested later (the
 * sections below the list, loaded once the page is idle; the service worker's) are listed apart.
 * The browser is told to accept gzip only, so the transfer sizes are gzip sizes (brotli would be
 * smaller and flatter the figure).
 */
export async function browserInitialJs(browser, url) {
  const { context, page } = await newPage(browser);
  await page.setExtraHTTPHeaders({ 'accept-encoding': 'gzip' });
  const scripts = [];
  page.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'script') return;
    const response = await request.response();
    const sizes = await request.sizes();
    scripts.push({
      path: new URL(request.url()).pathname,
      startedAt: request.timing().startTime,
      encoding: (await response?.headerValue('content-encoding')) ?? 'identity',
      transfer: sizes.responseBodySize,
    });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const interactiveAt = await page.evaluate(() => {
    const mark = performance.getEntriesByName('interactive', 'mark')[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  });
  await context.close();
  if (interactiveAt === null) throw new Error(`${url} never marked itself interactive`);
  const initial = scripts.filter((script) => script.startedAt <= interactiveAt);
  // Files of a few hundred bytes gain nothing from gzip (the build keeps them plain): not a warning.
  const notGzip = scripts.filter((script) => script.encoding !== 'gzip' && script.transfer >= 1024);
  return {
    gzipBytes: initial.reduce((sum, script) => sum + script.transfer, 0),
    files: initial,
    afterInteractive: scripts.filter((script) => script.startedAt > interactiveAt),
    allGzipBytes: scripts.reduce((sum, script) => sum + script.transfer, 0),
    // Should be empty: a script sent uncompressed would make the figure meaningless.
    notGzip: notGzip.map((script) => `${script.path} (${script.encoding})`),
  };
}
