import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

/**
 * Builds of a copy of the project, served from a port of their own, for specs that need a build
 * other than dist/: the translators' preview build, or two versions of the site one after the
 * other. The working tree is never touched: the copy lives in a temporary folder with
 * node_modules linked in.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const SKIP = /^(node_modules|\.git|dist.*|.*test-results|playwright-report|coverage|bench)$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export type Texts = Record<string, Record<string, unknown>>;

export interface ProjectCopy {
  /** Writes locales/<lng>/<ns>.json in the copy. */
  writeLocale(lng: string, namespaces: Texts): void;
  /** Writes any file of the copy, e.g. an official logo into public/logos/. */
  writeFile(path: string, content: string): void;
  /** Builds the copy into the folder it returns. */
  build(options?: { mode?: string; outDir?: string }): string;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const copy = mkdtempSync(join(tmpdir(), 'site-build-'));
  for (const name of readdirSync(ROOT)) if (!SKIP.test(name)) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return {
    writeLocale(lng, namespaces) {
      mkdirSync(join(copy, 'locales', lng), { recursive: true });
      for (const [ns, texts] of Object.entries(namespaces))
        writeFileSync(join(copy, 'locales', lng, `${ns}.json`), JSON.stringify(texts, null, 2));
    },
    writeFile(path, content) {
      mkdirSync(join(copy, path, '..'), { recursive: true });
      writeFileSync(join(copy, path), content);
    },
    build({ mode = 'production', outDir = 'dist' } = {}) {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--outDir', outDir, '--logLevel', 'warn'],
        { cwd: copy, stdio: 'pipe' },
      );
      return join(copy, outDir);
    },
    remove: () => rmSync(copy, { recursive: true, force: true }),
  };
}

export interface Site {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the folder `folder()` names at each request (so a spec can switch a running site to
 * another build), with the SPA fallback of `sirv --single`; port 0 lets the system pick a free one.
 */
export async function serveFolder(folder: () => string): Promise<Site> {
  const server: Server = createServer((request, response) => {
    const dist = folder();
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** A preview build (`vite build --mode preview`, where ?lng=pseudo exists), optionally with extra locale folders. */
export async function servePreviewBuild(extraLocales: Record<string, Texts> = {}): Promise<Site> {
  const copy = copyProject();
  for (const [lng, namespaces] of Object.entries(extraLocales)) copy.writeLocale(lng, namespaces);
  const dist = copy.build({ mode: 'preview' });
  const site = await serveFolder(() => dist);
  return {
    url: site.url,
    close: async () => {
      await site.close();
      copy.remove();
    },
  };
}

/** The texts of a language folder of the real project, to derive a generated language from. */
export function readLocale(lng: string): Texts {
  const folder = join(ROOT, 'locales', lng);
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>]),
  );
}
