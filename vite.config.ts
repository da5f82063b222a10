/// <reference types="vitest/config" />
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChunkingContext, CodeSplittingGroup } from 'rolldown';
import { defineConfig, loadEnv, type Plugin, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { localeFilesMustParse } from './scripts/i18n/build-check.mjs';
import { DEFAULT_JOIN_URL } from './src/features/program/join-url';
import { nameInItsOwnWords, writesLatinDigits } from './src/shared/lib/language-facts';
import { drawQrCode } from './src/shared/lib/qr-matrix';
import { localeHotReload } from './scripts/i18n/vite-locale-hmr.mjs';

/** Where the build's SSR step writes the module that prerenders the first screen (never published). */
const PRERENDER_OUT = 'node_modules/.cache/prerender';

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

// The service worker precaches the whole app: every chunk, every locale file, the data file and
// every logo, so a kiosk starts and runs with no network after its first load. It is registered
// from our own code (src/app/service-worker.ts, through vite-plugin-pwa's registerSW), never by an
// inline script, so the CSP holds.
function serviceWorker(partnersUrl: string | undefined): PluginOption {
  const external = originOf(partnersUrl).length > 0 ? partnersUrl! : null;
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Volcano 社区共建计划 · Partners',
      short_name: 'Volcano',
      // The name is in the source language (vite-plugin-pwa would say "en").
      lang: 'zh-CN',
      dir: 'ltr',
      start_url: '.',
      display: 'standalone',
      background_color: '#f6f7f9',
      theme_color: '#f6f7f9',
      // The Volcano mark, unchanged (CNCF artwork, CC BY 4.0); a vector icon serves every size.
      // The mark itself, and PNGs of it for systems that want a bitmap (scripts/assets/app-icon.html).
      icons: [
        { src: 'brand/volcano-icon-color.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'brand/volcano-icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'brand/volcano-icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'brand/volcano-icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webp,json,webmanifest,woff2}'],
      // Only link previews fetch the Open Graph image; visitors and kiosks never show it.
      globIgnores: ['og-image.png'],
      navigateFallback: 'index.html',
      // The first visit is served by the network; take it over at once so a network lost
      // before the next reload still finds every chunk (later versions wait, see service-worker.ts).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // A data file on another origin cannot be precached: keep the last good copy.
      runtimeCaching: external
        ? [{ urlPattern: ({ url }) => url.href === external, handler: 'StaleWhileRevalidate', options: { cacheName: 'partners-data' } }]
        : [],
    },
  });
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

// The first screen of every language, rendered by React at build time and placed in index.html
// as one <template> per language (with the notice shown should the app's script not download).
// The build's SSR step (see `builder` below) compiles src/app/prerender.tsx for Node first; this
// step of the browser build runs it. No script is inlined: script-src stays 'self'.
function prerenderFirstScreen(): Plugin {
  return {
    name: 'partner-showcase:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler() {
        const module = pathToFileURL(resolve(PRERENDER_OUT, 'prerender.js')).href;
        const { renderFirstScreens } = (await import(`${module}?${Date.now()}`)) as typeof import('./src/app/prerender');
        return (await renderFirstScreens()).flatMap(({ lng, htmlLang, markup, loadFailedMarkup }) =>
          [
            { attrs: { 'data-first-screen': lng, lang: htmlLang }, children: markup },
            { attrs: { 'data-load-failed': lng, lang: htmlLang }, children: loadFailedMarkup },
          ].map((template) => ({ tag: 'template', ...template, injectTo: 'body' as const })),
        );
      },
    },
  };
}

/**
 * Official logos are files dropped into public/logos/, named after the partner's id (baidu.svg,
 * baidu.png or baidu.webp): this module lists the ones present when the app is built, so the app
 * shows a file that exists and never asks for one that does not (a 404 would be an error in the
 * console); every other partner gets the neutral name tile. Adding or removing a file reloads the
 * dev server's page.
 */
function partnerLogoFiles(): Plugin {
  const moduleId = 'virtual:partner-logo-files';
  const resolvedId = `\0${moduleId}`;
  const folder = resolve('public/logos');
  const list = () =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((file) => /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:svg|png|webp)$/.test(file))
          .sort()
      : [];
  return {
    name: 'partner-showcase:logo-files',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? `export const logoFiles = ${JSON.stringify(list())};` : undefined),
    configureServer(server) {
      const onChange = (file: string) => {
        if (!file.startsWith(folder + sep)) return;
        const module = server.moduleGraph.getModuleById(resolvedId);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

/**
 * What the app needs to know of each language from Intl, worked out here with Node's Intl, once per
 * build, for every folder under locales/: its name in its own words (中文, English…, for the
 * language switch) and whether it writes numbers in the digits 0-9 (for counts). Asked for in the
 * browser, each is a first use of an Intl service that loads ICU's data: some 30 ms of main thread
 * apiece while the page becomes interactive (npm run bench: Lighthouse TBT). A new locale folder
 * reloads the dev page.
 */
function languageFacts(): Plugin {
  const moduleId = 'virtual:language-facts';
  const resolvedId = `\0${moduleId}`;
  const folder = resolve('locales');
  const source = () => {
    const languages = [
      ...readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
        .map((entry) => entry.name),
      'pseudo',
    ];
    const names = Object.fromEntries(
      languages.flatMap((lng) => Object.entries({ [lng]: nameInItsOwnWords(lng) }).filter(([, name]) => name)),
    );
    return [
      `export const languageNames = ${JSON.stringify(names)};`,
      `export const latinDigitLanguages = ${JSON.stringify(languages.filter(writesLatinDigits))};`,
    ].join('\n');
  };
  return {
    name: 'partner-showcase:language-facts',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? source() : undefined),
    configureServer(server) {
      const onChange = (path: string) => {
        if (dirname(path) !== folder) return;
        const module = server.moduleGraph.getModuleById(resolvedId);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('addDir', onChange);
      server.watcher.on('unlinkDir', onChange);
    },
  };
}

/**
 * QR codes whose value is known when the app is built (the program's join link), drawn here: the
 * page shows them without downloading the encoder or running it in the browser, where one code
 * takes some 50 ms of main thread while the page becomes interactive (npm run bench: Lighthouse
 * TBT). src/shared/ui/qr-code.tsx draws any other value in the browser.
 */
function builtQrCodes(values: readonly string[]): Plugin {
  const moduleId = 'virtual:qr-codes';
  const resolvedId = `\0${moduleId}`;
  return {
    name: 'partner-showcase:qr-codes',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) =>
      id === resolvedId
        ? `export const builtQrCodes = ${JSON.stringify(Object.fromEntries(values.map((value) => [value, drawQrCode(value)])))};`
        : undefined,
  };
}

/**
 * The app (src/app/render-page.tsx) and everything it imports statically, as one chunk. Rolldown
 * would otherwise split off each module the app shares with a part that loads later (the JSX
 * runtime, i18next, the URL hook, the lazy-part wrapper…) as a small chunk of its own: seven more
 * requests on the way to an interactive page, and 1.9 kB gzip more, since files compress worse
 * apart (npm run bench: initial JS). The parts that load later import these from the app's chunk,
 * which is always there before them.
 */
function appChunk(): CodeSplittingGroup {
  const app = resolve('src/app/render-page.tsx');
  const inApp = new Map<string, boolean>();
  // Reached from the app through static imports alone: some chain of static importers leads to it.
  const reachedFromApp = (id: string, ctx: ChunkingContext, path = new Set<string>()): boolean => {
    if (id === app) return true;
    const known = inApp.get(id);
    if (known !== undefined) return known;
    if (path.has(id)) return false;
    path.add(id);
    const found = (ctx.getModuleInfo(id)?.importers ?? []).some((importer) => reachedFromApp(importer, ctx, path));
    path.delete(id);
    inApp.set(id, found);
    return found;
  };
  return { name: (id, ctx) => (reachedFromApp(id, ctx) ? 'render-page' : null), priority: 1 };
}

/** Plugins for the browser build only (the SSR step needs none of them). */
const forBrowser = (plugins: PluginOption): PluginOption =>
  [plugins]
    .flat(Infinity as 1)
    .map((plugin) =>
      plugin && typeof plugin === 'object' && 'name' in plugin
        ? { ...plugin, applyToEnvironment: (environment: { name: string }) => environment.name === 'client' }
        : plugin,
    );

function originOf(url: string | undefined): string[] {
  if (!url || !/^https?:\/\//.test(url)) return [];
  return [new URL(url).origin];
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      react(),
      localeHotReload(),
      // A locale file that does not parse fails the build with the translation check's own words.
      localeFilesMustParse(),
      partnerLogoFiles(),
      languageFacts(),
      builtQrCodes([env.VITE_JOIN_URL || DEFAULT_JOIN_URL]),
      forBrowser([
        contentSecurityPolicy(originOf(env.VITE_PARTNERS_URL)),
        preloadPartnerData(env.VITE_PARTNERS_URL),
        prerenderFirstScreen(),
        serviceWorker(env.VITE_PARTNERS_URL),
        compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.(png|jpe?g|webp|woff2?)$/] }),
      ]),
    ],
    resolve: {
      alias: [
        { find: /^@\//, replacement: `${resolve('src')}/` },
        { find: /^@test\//, replacement: `${resolve('test')}/` },
        // react-i18next imports useSyncExternalStore from the shim for React 17; React 19 has it built
        // in (measured: the alias takes 0.3 kB gzip off the initial JS).
        { find: /^use-sync-external-store\/shim$/, replacement: resolve('src/shared/lib/use-sync-external-store-shim.ts') },
      ],
    },
    // `vite build` builds the SSR step that prerenders the first screen, then the browser build
    // that writes it into index.html (the `builder` option makes it build the whole app).
    environments: {
      ssr: {
        build: {
          outDir: PRERENDER_OUT,
          emptyOutDir: true,
          copyPublicDir: false,
          rolldownOptions: {
            input: 'src/app/prerender.tsx',
            // Only the kiosk's code registers the service worker, and the prerender never runs it.
            external: ['virtual:pwa-register'],
          },
        },
      },
    },
    builder: {
      async buildApp(builder) {
        await builder.build(builder.environments.ssr!);
        await builder.build(builder.environments.client!);
      },
    },
    build: {
      target: 'es2022',
      // No <link rel=modulepreload> added by script before a dynamic import: each link cost the
      // main thread 2-4 ms (more with DevTools attached, as Lighthouse is), and the app's four made
      // a long task right after the first paint. The browser fetches a chunk's imports itself.
      modulePreload: false,
      // Locale files stay files of their own (src/features/language/locales.ts), however small.
      assetsInlineLimit: (file: string) => (/[\\/]locales[\\/]/.test(file) ? false : undefined),
      sourcemap: true,
      // One stylesheet, loaded by the HTML: the prerendered first screen is styled in full at its
      // first paint, and no part of the page that loads later can show unstyled for a moment.
      cssCodeSplit: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The page's entry as one file (everything it imports statically), so the first
              // screen waits for one small script, not five.
              { name: 'index', tags: ['$initial'], priority: 2 },
              // react-dom in a chunk of its own, started from a tiny one (src/app/react-dom-client.ts).
              // React creates Error objects as it initialises; with DevTools attached, as Lighthouse
              // is, each captures a detailed stack, and V8 then re-parses every function on it for
              // its line numbers: react-dom's module and the whole script that started it. Started
              // from the app's chunk, that was 13-27 ms more main thread after the first paint.
              { name: 'react-dom', test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/, priority: 3 },
              { name: 'react-dom-client', test: /[\\/]src[\\/]app[\\/]react-dom-client\.ts$/, priority: 3 },
              appChunk(),
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
      // Vitest's default leaves a core for itself: one worker on a two-core machine (CI's), where the
      // suite then took 140 s; two workers take it to about 100 s.
      maxWorkers: Math.max(2, availableParallelism() - 1),
    },
  };
});
