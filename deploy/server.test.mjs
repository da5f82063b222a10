/**
 * Checks a running production server against what deploy/nginx.conf promises: caching per kind of
 * file, precompressed responses, security headers (with the same CSP as the build's meta tag), the
 * SPA fallback, and 404s (not HTML) for missing files.
 *
 *   SERVER_URL=http://127.0.0.1:4620 SERVER_DIST=dist node --test deploy/server.test.mjs
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const base = process.env.SERVER_URL ?? 'http://127.0.0.1:4620';
const dist = process.env.SERVER_DIST ?? 'dist';
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = readdirSync(join(dist, 'assets'));
const entryScript = /<script[^>]*src="\/(assets\/[^"]+\.js)"/.exec(indexHtml)?.[1];
const YEAR_IMMUTABLE = /max-age=31536000.*immutable/;

const get = (path, headers = {}) => fetch(new URL(path, base), { headers, redirect: 'manual' });

function directives(policy) {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name, values.sort().join(' ')];
      }),
  );
}

function assertSecurityHeaders(response) {
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
  assert.match(response.headers.get('referrer-policy') ?? '', /^(strict-origin-when-cross-origin|no-referrer|same-origin)$/);
  assert.ok(response.headers.get('permissions-policy'), 'Permissions-Policy is set');
  assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin');
  assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
}

test('index.html: revalidated, with every security header', async () => {
  const response = await get('/');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(response.headers.get('cache-control'), 'no-cache');
  assertSecurityHeaders(response);
});

test('the CSP header is the meta tag of the build plus frame-ancestors', async () => {
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1]?.replaceAll('&#39;', "'");
  assert.ok(meta, 'the build has a CSP meta tag');
  const header = directives((await get('/')).headers.get('content-security-policy') ?? '');
  const expected = directives(meta);
  expected.set('frame-ancestors', "'none'");
  assert.deepEqual(header, expected);
  for (const [name, value] of header) assert.doesNotMatch(value, /unsafe-(inline|eval)/, name);
});

test('an unknown path is the app (SPA fallback), with the query string untouched', async () => {
  const response = await get('/partners/somewhere?lng=en&industry=ai');
  assert.equal(response.status, 200);
  assert.equal(await response.text(), indexHtml);
  assert.equal(response.headers.get('cache-control'), 'no-cache');
});

test('hashed assets: a year, immutable, sent precompressed', async () => {
  assert.ok(entryScript, 'index.html names its entry script');
  const gzip = await get(`/${entryScript}`, { 'accept-encoding': 'gzip' });
  assert.equal(gzip.status, 200);
  assert.match(gzip.headers.get('cache-control') ?? '', YEAR_IMMUTABLE);
  assert.equal(gzip.headers.get('content-encoding'), 'gzip');
  assert.match(gzip.headers.get('vary') ?? '', /accept-encoding/i);
  const css = assets.find((name) => name.endsWith('.css'));
  if (css) assert.match((await get(`/assets/${css}`)).headers.get('cache-control') ?? '', YEAR_IMMUTABLE);
});

test(
  'brotli is sent when the server has the module',
  { skip: process.env.SERVER_BROTLI !== '1' && 'SERVER_BROTLI=1 not set' },
  async () => {
    const response = await get(`/${entryScript}`, { 'accept-encoding': 'br, gzip' });
    assert.equal(response.headers.get('content-encoding'), 'br');
  },
);

test('a missing asset is a 404, not the app, and not cached for a year', async () => {
  for (const path of ['/assets/index-gone1234.js', '/assets/lazy-chunk-old.css', '/logos/missing.svg', '/data/missing.json']) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(await response.text(), /<div id="root">/, path);
    assert.doesNotMatch(response.headers.get('cache-control') ?? '', /immutable/, path);
    assertSecurityHeaders(response);
  }
});

test('the data file: JSON, revalidated', async () => {
  const response = await get('/data/partners.json', { 'accept-encoding': 'gzip' });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(response.headers.get('cache-control'), 'no-cache');
  assert.ok(Array.isArray((await response.json()).partners));
});

test('a revalidation of index.html is a 304', async () => {
  const first = await get('/');
  const etag = first.headers.get('etag');
  assert.ok(etag, 'index.html has an ETag');
  const again = await get('/', { 'if-none-match': etag });
  assert.equal(again.status, 304);
});

test('service worker and manifest: revalidated', async (t) => {
  const files = ['sw.js', 'registerSW.js', 'manifest.webmanifest', ...readdirSync(dist).filter((name) => /^workbox-.*\.js$/.test(name))];
  const present = files.filter((name) => existsSync(join(dist, name)));
  if (present.length === 0) t.skip('the build has no service worker yet');
  for (const name of present) {
    const response = await get(`/${name}`);
    assert.equal(response.status, 200, name);
    assert.equal(response.headers.get('cache-control'), 'no-cache', name);
    if (name.endsWith('.webmanifest')) assert.match(response.headers.get('content-type') ?? '', /^application\/manifest\+json/);
    if (name.endsWith('.js')) assert.match(response.headers.get('content-type') ?? '', /javascript/);
  }
});

test('images that keep their names (the Volcano mark, official logos): SVG, cached for an hour', async () => {
  const logos = existsSync(join(dist, 'logos')) ? readdirSync(join(dist, 'logos')).filter((name) => name.endsWith('.svg')) : [];
  for (const path of ['/brand/volcano-icon-color.svg', ...logos.map((name) => `/logos/${name}`)]) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', /^image\/svg\+xml/, path);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=3600', path);
  }
});
