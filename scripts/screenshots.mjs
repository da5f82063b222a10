/* global window, document, requestAnimationFrame -- used only in functions that run inside the page */
/**
 * README screenshots of the web page from the real production build, per language, on a phone
 * and on a desktop:
 *   npm run build && npm run screenshots
 * Serves E2E_DIST (default dist) with sirv on SCREENSHOT_PORT (default 4174), opens it in Debian's
 * Chromium at 360 px (a phone, at twice the pixels) and 1280 px wide, and writes
 * docs/screenshots/showcase-<lng>-<phone|desktop>.png. Builds nothing itself.
 */
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { chromium } from '@playwright/test';
import { HEADLESS_FLAGS } from './lib/chromium.mjs';
import { requireBuild, startStaticServer } from './lib/static-server.mjs';

const dist = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.SCREENSHOT_PORT ?? 4174);
const origin = `http://127.0.0.1:${port}`;
const outDir = resolve('docs/screenshots');
/** Header, filter, the initiator's statement and the first rows of cards: the page at a glance. */
const DEVICES = [
  { name: 'phone', width: 360, height: 800, scale: 2, clip: 1400, mobile: true },
  { name: 'desktop', width: 1280, height: 900, scale: 1, clip: 1500, mobile: false },
];
const LANGUAGES = [
  { lng: 'zh', locale: 'zh-CN' },
  { lng: 'en', locale: 'en-US' },
];
const CHROMIUM_ARGS = HEADLESS_FLAGS;

requireBuild(dist);

/** Scrolls through the page so content-visibility: auto cards lay out and their logos load. */
async function renderWholePage(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, 0);
    await document.fonts.ready;
    await frame();
  });
  await page.waitForLoadState('networkidle');
}

/** The face the browser drew an element's text in (a loaded face may still have missed its first paint). */
async function renderedFont(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName ?? '';
}

async function shoot(browser, { lng, locale }, device) {
  const context = await browser.newContext({
    viewport: { width: device.width, height: device.height },
    deviceScaleFactor: device.scale,
    isMobile: device.mobile,
    hasTouch: device.mobile,
    locale,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  // A second page view: the service worker the first one installs brings the typeface (src/shared/lib/latin-face.ts).
  await page.goto(`${origin}/?lng=${lng}`);
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 });
  // font-display: optional uses the face only if it is ready at once; should this view have missed
  // it (as a visitor's may, rarely), the next one has it.
  for (let view = 0; view < 3; view += 1) {
    await page.reload();
    await page.getByRole('article').first().waitFor();
    const typefaceInUse = lng !== 'en' || /^Source Sans 3\b/.test(await renderedFont(page, 'h1'));
    if (!typefaceInUse) console.log(`showcase-${lng}-${device.name}: the typeface missed this view; one more`);
    if (typefaceInUse) break;
  }
  await page.getByRole('img', { name: /QR|二维码/ }).waitFor();
  await renderWholePage(page);
  const height = Math.min(device.clip, await page.evaluate(() => document.documentElement.scrollHeight));
  const path = resolve(outDir, `showcase-${lng}-${device.name}.png`);
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: device.width, height } });
  await context.close();
  console.log(`${path} (${device.width}×${height} CSS px, ${Math.round(statSync(path).size / 1024)} KB)`);
}

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer(dist, port);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const language of LANGUAGES) for (const device of DEVICES) await shoot(browser, language, device);
} finally {
  await browser.close();
  server.kill();
}
