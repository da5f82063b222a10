/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
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
    `connect-src ${['\'self\'', ...connectSources].join(' ')}`,
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
      ? value.trim() ? [prefix] : []
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
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
    ],
  };
}

// The language's texts are requested by a tiny script of their own, which index.html loads first,
// instead of by the app's script once it has downloaded and run: the first text paints one round
// trip sooner. The script is a second entry (src/preload-language.ts). Its modules (language
// detection, the locale loaders) stay out of the app's chunk, in the preload entry's own chunk,
// which the app imports them from: one small request that never waits for the app's code.
const PRELOAD_ENTRY = 'preload-language';

function preloadLanguageScript(entryPath: string): Plugin & { needs(id: string): boolean } {
  const graph = new Set<string>();
  return {
    name: 'partner-showcase:preload-language',
    apply: 'build',
    needs: (id) => graph.has(id),
    buildEnd() {
      graph.clear();
      const visit = (id: string) => {
        if (graph.has(id)) return;
        graph.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
      };
      visit(entryPath);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.name === PRELOAD_ENTRY);
        if (!chunk) throw new Error(`The ${PRELOAD_ENTRY} entry is missing from the build`);
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `/${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

function originOf(url: string | undefined): string[] {
  if (!url || !/^https?:\/\//.test(url)) return [];
  return [new URL(url).origin];
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const preloadEntry = resolve('src/preload-language.ts');
  const preloadLanguage = preloadLanguageScript(preloadEntry);
  return {
    plugins: [
      react(),
      localeHotReload(),
      localeGaps(),
      contentSecurityPolicy(originOf(env.VITE_PARTNERS_URL)),
      preloadPartnerData(env.VITE_PARTNERS_URL),
      preloadLanguage,
      serviceWorker(env.VITE_PARTNERS_URL),
      compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.(png|jpe?g|webp|woff2?)$/] }),
    ],
    resolve: {
      alias: [{ find: /^use-sync-external-store\/shim$/, replacement: resolve('src/shared/lib/use-sync-external-store-shim.ts') }],
    },
    build: {
      target: 'es2022',
      sourcemap: true,
      rolldownOptions: {
        input: { index: resolve('index.html'), [PRELOAD_ENTRY]: preloadEntry },
        // Everything the first page needs in one chunk: without this, modules the entry shares with a
        // lazy chunk (the detail, the kiosk) become extra small chunks that compress worse and cost requests.
        output: {
          codeSplitting: {
            groups: [
              { name: PRELOAD_ENTRY, test: (id) => preloadLanguage.needs(id), priority: 2 },
              { name: 'app', tags: ['$initial'], test: (id) => !preloadLanguage.needs(id), priority: 1 },
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
