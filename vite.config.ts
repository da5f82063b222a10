/// <reference types="vitest/config" />
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
      contentSecurityPolicy(originOf(env.VITE_PARTNERS_URL)),
      serviceWorker(env.VITE_PARTNERS_URL),
      compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.(png|jpe?g|webp|woff2?)$/] }),
    ],
    build: {
      target: 'es2022',
      sourcemap: true,
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
