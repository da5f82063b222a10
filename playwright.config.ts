import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_PATH, HEADLESS_FLAGS } from './scripts/lib/chromium.mjs';

/**
 * Browser tests against the production build, driven by Debian's Chromium (never a downloaded
 * browser). The build is served as-is by sirv, like `npm start` does, so the CSP meta tag, hashed
 * locale chunks and compression are all in play.
 *
 *   E2E_DIST  the built site to serve (default dist; build it first with `npm run build`)
 *   E2E_PORT  the port to serve it on (default 4173)
 *   E2E_BASE_URL  test a server that is already running instead (e.g. nginx with deploy/nginx.conf,
 *                 see .ci/run); no server is started then
 */
const dist = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4173);
const externalURL = process.env.E2E_BASE_URL;
const baseURL = externalURL ?? `http://127.0.0.1:${port}`;
// Playwright empties its output folder at the start of a run: runs against different builds in one
// checkout (dist-<name>, ignored by git like the build) must not delete each other's traces.
const outputDir = dist === 'dist' ? 'test-results' : `${dist.replace(/\/+$/, '')}-test-results`;

const chromium = { executablePath: CHROMIUM_PATH, args: HEADLESS_FLAGS };

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  // list shows each test; the summary reporter ends with one "e2e: N passed, N failed" line for CI.
  reporter: [['list'], ['./test/e2e/support/summary-reporter.ts']],
  use: {
    baseURL,
    locale: 'en-US',
    colorScheme: 'light',
    // page.route cannot see requests a service worker answers; specs that test offline use opt in.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: chromium },
    },
    {
      // Only tests tagged @mobile also run at phone width, with touch.
      name: 'mobile',
      grep: /@mobile/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 360, height: 780 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        launchOptions: chromium,
      },
    },
  ],
  webServer: externalURL
    ? undefined
    : {
        command: `npx sirv ${dist} --single --host 127.0.0.1 --port ${port}`,
        url: baseURL,
        reuseExistingServer: !process.env.CI,
        timeout: 30_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
