#!/usr/bin/env node
/**
 * npm run kiosk — for booth staff: builds the app, serves the production build and opens Chromium
 * in kiosk mode on it (full screen, no pinch, no swipe-back, no error dialogs or infobars).
 *
 *   npm run kiosk                         build, serve on PORT (default 4173), open the kiosk
 *   npm run kiosk -- --rotate 8 --idle 90 --lng en   kiosk URL parameters
 *   npm run kiosk -- --no-build           serve the existing build
 *   npm run kiosk -- --dist dist-kiosk    serve another build folder
 *   npm run kiosk -- --dry-run            build and serve, check the kiosk page answers, print the
 *                                         Chromium command, and stop (no window)
 *   npm run kiosk -- --headless           the same, then start the kiosk in headless Chromium, check
 *                                         the attract loop shows, save a screenshot, and stop
 *
 * The browser profile is kept (~/.cache/partner-showcase-kiosk, or KIOSK_PROFILE), so the service
 * worker's offline copy survives a restart of the machine. If Chromium crashes it is started again.
 * Exit: Alt+F4 (Cmd+Q on macOS) closes the kiosk window; Ctrl+C here stops everything.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from 'vite';
import { HEADLESS_FLAGS } from './lib/chromium.mjs';

const { values: options } = parseArgs({
  options: {
    rotate: { type: 'string' },
    idle: { type: 'string' },
    lng: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    'no-build': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
  },
});
const PORT = Number(process.env.PORT ?? 4173);
const MAX_RESTARTS = 10;
const log = (message) => console.log(`[kiosk] ${message}`);

/** Debian's Chromium first; CHROMIUM_PATH wins; the usual Chrome locations after. */
function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(`no Chromium or Chrome found; install Debian's chromium or set CHROMIUM_PATH (tried ${candidates.join(', ')})`);
  return found;
}

function kioskUrl() {
  const url = new URL(`http://127.0.0.1:${PORT}/`);
  url.searchParams.set('kiosk', '1');
  for (const key of ['rotate', 'idle', 'lng']) if (options[key]) url.searchParams.set(key, options[key]);
  return url.href;
}

function chromiumFlags(url, profile) {
  const flags = [
    `--user-data-dir=${profile}`,
    '--kiosk',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--disable-features=TouchpadOverscrollHistoryNavigation,Translate',
    '--noerrdialogs',
    '--disable-session-crashed-bubble',
    '--disable-infobars',
    '--no-first-run',
    '--no-default-browser-check',
    '--password-store=basic',
    '--check-for-update-interval=31536000',
  ];
  // Chromium refuses to run as root with its sandbox; booth machines should not run as root.
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  return [...flags, url];
}

/**
 * --headless: the same browser and kiosk flags, driven by Playwright without a window, to prove the
 * kiosk starts (the attract loop shows its first testimonial) on a machine with no display.
 */
async function checkHeadless(command, flags) {
  const { chromium } = await import('@playwright/test');
  const args = flags.filter((flag) => !flag.startsWith('--user-data-dir') && !flag.startsWith('http'));
  args.push(...HEADLESS_FLAGS.filter((flag) => !args.includes(flag)));
  const browser = await chromium.launch({ executablePath: command, args, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(flags.at(-1));
    const progress = page.locator('.kiosk-controls__progress');
    await progress.waitFor({ timeout: 15_000 });
    const heading = await page.locator('.kiosk-slide--current h2').textContent({ timeout: 15_000 });
    const screenshot = join(tmpdir(), 'partner-showcase-kiosk.png');
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: screenshot });
    log(`headless check passed: "${heading}", ${await progress.textContent()}; screenshot ${screenshot}`);
  } finally {
    await browser.close();
  }
}

async function waitForServer(url, server) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}); is port ${PORT} in use? Set PORT=…`);
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes('id="root"')) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer on ${url}`);
}

// The QR codes carry the web address of each testimonial. Built with VITE_SITE_URL=/ they point at
// this machine (127.0.0.1), which no visitor's phone can open.
const siteUrl = loadEnv('production', process.cwd(), 'VITE_').VITE_SITE_URL ?? '/';
if (!/^https?:\/\//.test(siteUrl)) {
  log('warning: VITE_SITE_URL is not set to the public address, so the QR codes point at this machine.');
  log('         Build the booth with e.g. VITE_SITE_URL=https://partners.example.org/ npm run kiosk');
}

if (!options['no-build']) {
  log(`building into ${options.dist}`);
  const build = spawnSync('node_modules/.bin/vite', ['build', '--outDir', options.dist, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(options.dist, 'index.html'))) {
  console.error(`[kiosk] no build in ${options.dist}: run without --no-build`);
  process.exit(1);
}

const server = spawn(
  'node_modules/.bin/sirv',
  [options.dist, '--single', '--etag', '--quiet', '--host', '127.0.0.1', '--port', String(PORT)],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const url = kioskUrl();
let chromium = null;
let stopping = false;
const stop = (code = 0) => {
  stopping = true;
  chromium?.kill();
  server.kill();
  process.exitCode = code;
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  await waitForServer(url, server);
  log(`serving ${options.dist} at ${url}`);
  const profile = process.env.KIOSK_PROFILE ?? join(homedir(), '.cache', 'partner-showcase-kiosk');
  const command = findChromium();
  const flags = chromiumFlags(url, profile);
  if (options.headless) {
    await checkHeadless(command, flags);
    stop(0);
  } else if (options['dry-run']) {
    log(`would run: ${command} ${flags.join(' ')}`);
    stop(0);
  } else {
    mkdirSync(profile, { recursive: true });
    let restarts = 0;
    const launch = () => {
      chromium = spawn(command, flags, { stdio: 'ignore' });
      chromium.on('exit', (code, signal) => {
        if (stopping) return;
        if (code === 0) {
          log('the kiosk window was closed');
          stop(0);
        } else if (restarts < MAX_RESTARTS) {
          restarts += 1;
          log(`Chromium stopped (${code ?? signal}); starting it again in 5 s (${restarts}/${MAX_RESTARTS})`);
          setTimeout(launch, 5_000);
        } else {
          log('Chromium keeps crashing; giving up');
          stop(1);
        }
      });
    };
    log('opening the kiosk; Alt+F4 (Cmd+Q on macOS) closes it, Ctrl+C here stops everything');
    launch();
  }
} catch (error) {
  console.error(`[kiosk] ${error instanceof Error ? error.message : error}`);
  stop(1);
}
