import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

/**
 * A preview build (`vite build --mode preview`, where ?lng=pseudo exists) of a copy of the project,
 * optionally with extra locale folders, served from a port of its own. The working tree is never
 * touched: the copy lives in a temporary folder with node_modules linked in.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const SKIP = /^(node_modules|\.git|dist.*|.*test-results|playwright-report|coverage|bench)$/;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

export interface PreviewSite {
  url: string;
  close: () => Promise<void>;
}

/** Builds the copy with `extraLocales` (folder -> namespace -> texts) and serves it. */
export async function servePreviewBuild(extraLocales: Record<string, Record<string, unknown>> = {}): Promise<PreviewSite> {
  const copy = mkdtempSync(join(tmpdir(), 'i18n-preview-'));
  for (const name of readdirSync(ROOT)) if (!SKIP.test(name)) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  for (const [lng, namespaces] of Object.entries(extraLocales)) {
    mkdirSync(join(copy, 'locales', lng), { recursive: true });
    for (const [ns, texts] of Object.entries(namespaces)) writeFileSync(join(copy, 'locales', lng, `${ns}.json`), JSON.stringify(texts, null, 2));
  }
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'preview', '--outDir', 'dist', '--logLevel', 'warn'], { cwd: copy, stdio: 'pipe' });
  const dist = join(copy, 'dist');
  // A static server with the SPA fallback, like `sirv --single`; port 0 lets the system pick a free one.
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((done) => server.close(done));
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

/** The texts of a language folder of the real project, to derive a generated language from. */
export function readLocale(lng: string): Record<string, Record<string, unknown>> {
  const folder = join(ROOT, 'locales', lng);
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>]),
  );
}
