/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { localeHotReload } from './scripts/i18n/vite-locale-hmr.mjs';
import { VitePWA } from 'vite-plugin-pwa';

// The Content-Security-Policy ships as a meta tag in the production build only: the dev server
// needs inline scripts for React Fast Refresh and a websocket for HMR.
function contentSecurityPolicy(connectSources: string[]): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return {
    name: 'partner-showcase:csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

// The service worker precaches the whole app: every chunk (each locale is one), the data file and
// every logo, so a kiosk starts and runs with no network after its first load. It is registered
// from our own code (src/app/service-worker.ts), never by an inline script, so the CSP holds.
function serviceWorker(partnersUrl: string | undefined): Plugin[] {
  const external = originOf(partnersUrl).length > 0 ? partnersUrl! : null;
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Volcano 社区共建计划 · Partners',
      short_name: 'Volcano',
      start_url: '.',
      display: 'standalone',
      background_color: '#f6f7f9',
      theme_color: '#f6f7f9',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
      // Only link previews fetch the Open Graph image; visitors and kiosks never show it.
      globIgnores: ['og-image.png'],
      navigateFallback: 'index.html',
      // The first visit is served by the network; take it over at once so a network lost
      // before the next reload still finds every chunk (later versions wait for the kiosk).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // A data file on another origin cannot be precached: keep the last good copy.
      runtimeCaching: external
        ? [{ urlPattern: ({ url }) => url.href === external, handler: 'StaleWhileRevalidate', options: { cacheName: 'partners-data' } }]
        : [],
    },
  });
}

// virtual:locale-gaps: for each language, the namespaces in which it lacks a text that another
// language has. Only there does the app download a fallback language (src/features/language/i18n.ts).
function localeGaps(): Plugin {
  const id = 'virtual:locale-gaps';
  const textKeys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'string'
      ? value.trim()
        ? [prefix]
        : []
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, child]) => textKeys(child, prefix ? `${prefix}.${key}` : key))
        : [];
  return {
    name: 'partner-showcase:locale-gaps',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(moduleId) {
      if (moduleId !== `\0${id}`) return undefined;
      const keys = new Map<string, Set<string>>(); // "lng/ns" -> keys with text
      const root = resolve('locales');
      for (const lng of readdirSync(root).filter((name) => !name.startsWith('_'))) {
        for (const file of readdirSync(join(root, lng)).filter((name) => name.endsWith('.json'))) {
          const path = join(root, lng, file);
          this.addWatchFile(path);
          let json: unknown = null;
          try {
            json = JSON.parse(readFileSync(path, 'utf8'));
          } catch {
            // A broken file has no texts: every other language's texts count as its gaps.
          }
          keys.set(`${lng}/${file.slice(0, -'.json'.length)}`, new Set(textKeys(json)));
        }
      }
      const gaps: Record<string, string[]> = {};
      for (const [key, own] of keys) {
        const [lng, ns] = key.split('/') as [string, string];
        const others = [...keys].filter(([other]) => other.endsWith(`/${ns}`) && other !== key);
        if (others.some(([, theirs]) => [...theirs].some((text) => !own.has(text)))) (gaps[lng] ??= []).push(ns);
      }
      return `export const localeGaps = ${JSON.stringify(gaps)};`;
    },
  };
}

// The data file is requested by the HTML itself, beside the app's script, instead of after the
// script has downloaded and run: the first testimonials paint one round trip sooner.
function preloadPartnerData(partnersUrl: string | undefined): Plugin {
  let href = '';
  return {
    name: 'partner-showcase:preload-data',
    configResolved: (config) => {
      href = partnersUrl || `${config.base}data/partners.json`;
    },
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }],
  };
}

// The page loads in two steps (src/first-paint.ts explains why): the entry, a few kilobytes that
// show the prerendered first screen, and the app, which it imports once that screen has painted.
// Each is one chunk: the entry's modules (language detection, the locale loaders) stay with the
// entry, which the app imports them from; everything else the app needs at once is the app chunk.
// The app's stylesheets join the entry's, so the prerendered screen is styled in full at first paint.
const APP = 'src/main.tsx';

const isStyle = (id: string) => /\.css($|\?)/.test(id);

function pageChunks(): Plugin & { inEntry(id: string): boolean; inApp(id: string): boolean } {
  const entry = new Set<string>();
  const app = new Set<string>();
  return {
    name: 'partner-showcase:page-chunks',
    apply: 'build',
    inEntry: (id) => entry.has(id) || (app.has(id) && isStyle(id)),
    inApp: (id) => app.has(id) && !isStyle(id),
    buildEnd() {
      // Static imports only: what a chunk's dynamic imports load is a chunk of its own.
      const collect = (into: Set<string>, id: string, skip: Set<string>) => {
        if (into.has(id) || skip.has(id)) return;
        into.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) collect(into, imported, skip);
      };
      entry.clear();
      app.clear();
      // From the HTML's own module, so the entry chunk also holds what Vite adds to it.
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) collect(entry, id, new Set());
      collect(app, resolve(APP), entry);
    },
  };
}

// The first screen of every language, rendered by React at build time (src/app/prerender.tsx, run
// in Node through a short-lived Vite server) and placed in index.html as one <template> per
// language; the entry shows the visitor's (src/app/first-screen.ts), and, should the app's script
// not download, that language's notice (src/app/app-loader.ts). No script is inlined: the
// Content-Security-Policy keeps script-src 'self'.
function prerenderFirstScreen(): Plugin {
  return {
    name: 'partner-showcase:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler() {
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          plugins: [react(), localeGaps()],
          resolve: { alias: ALIASES },
        });
        try {
          const { renderFirstScreens } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as typeof import('./src/app/prerender');
          return (await renderFirstScreens()).flatMap(({ lng, htmlLang, markup, loadFailedMarkup }) =>
            [
              { attrs: { 'data-first-screen': lng, lang: htmlLang }, children: markup },
              { attrs: { 'data-load-failed': lng, lang: htmlLang }, children: loadFailedMarkup },
            ].map((template) => ({ tag: 'template', ...template, injectTo: 'body' as const })),
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

const ALIASES = [
  { find: /^@\//, replacement: `${resolve('src')}/` },
  { find: /^@test\//, replacement: `${resolve('test')}/` },
  { find: /^use-sync-external-store\/shim$/, replacement: resolve('src/shared/lib/use-sync-external-store-shim.ts') },
];

function originOf(url: string | undefined): string[] {
  if (!url || !/^https?:\/\//.test(url)) return [];
  return [new URL(url).origin];
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const chunks = pageChunks();
  return {
    plugins: [
      react(),
      localeHotReload(),
      localeGaps(),
      contentSecurityPolicy(originOf(env.VITE_PARTNERS_URL)),
      preloadPartnerData(env.VITE_PARTNERS_URL),
      chunks,
      prerenderFirstScreen(),
      serviceWorker(env.VITE_PARTNERS_URL),
      compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.(png|jpe?g|webp|woff2?)$/] }),
    ],
    resolve: {
      alias: ALIASES,
    },
    build: {
      target: 'es2022',
      // Every browser the build targets preloads modules natively; the polyfill would be dead weight.
      modulePreload: { polyfill: false },
      // Locale files stay files of their own (src/features/language/locales.ts), however small.
      assetsInlineLimit: (file: string) => (/[\\/]locales[\\/]/.test(file) ? false : undefined),
      sourcemap: true,
      rolldownOptions: {
        input: { index: resolve('index.html') },
        // The entry and the app as one chunk each (see pageChunks): without this, modules they share
        // with a lazy chunk (the detail, the kiosk) become extra small chunks that compress worse and
        // cost requests. The groups' module sets are exact: a group must not pull in its modules'
        // dependencies, or the app chunk would take the entry's modules it imports.
        output: {
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              { name: 'index', test: (id) => chunks.inEntry(id), priority: 2 },
              { name: 'app', test: (id) => chunks.inApp(id), priority: 1 },
            ],
          },
        },
      },
    },
    preview: { port: 4173 },
    test: {
      environment: 'jsdom',
      setupFiles: ['test/setup.ts'],
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      restoreMocks: true,
    },
  };
});
