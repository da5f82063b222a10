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
 * entry always imports (app-*.js, see vite.config.ts) and every chunk they import statically.
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
        .filter((file) => /^app-[\w-]+\.js$/.test(file))
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
 * What a first visit really downloads: every script requested from navigation until the network
 * has been idle for 500 ms, with no interaction. The browser is told to accept gzip only, so the
 * transfer sizes are gzip sizes (brotli would be smaller and flatter the figure).
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
      encoding: (await response?.headerValue('content-encoding')) ?? 'identity',
      transfer: sizes.responseBodySize,
    });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  // Files of a few hundred bytes gain nothing from gzip (the build keeps them plain): not a warning.
  const notGzip = scripts.filter((script) => script.encoding !== 'gzip' && script.transfer >= 1024);
  return {
    gzipBytes: scripts.reduce((sum, script) => sum + script.transfer, 0),
    files: scripts,
    // Should be empty: a script sent uncompressed would make the figure meaningless.
    notGzip: notGzip.map((script) => `${script.path} (${script.encoding})`),
  };
}
