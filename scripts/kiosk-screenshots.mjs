/* global document */
/**
 * README screenshots of the booth display from the real production build:
 *   npm run build && node scripts/kiosk-screenshots.mjs
 * Serves E2E_DIST (default dist) with sirv on SCREENSHOT_PORT (default 4175) and opens the kiosk in
 * Debian's Chromium at scale 1, light scheme, motion reduced (no slide caught mid-fade). Writes
 * docs/screenshots/kiosk-landscape-<lng>.png (1920×1080, a testimonial) and
 * docs/screenshots/kiosk-portrait-<lng>.png (1080×1920, the call to join). Builds nothing itself.
 */
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, HEADLESS_FLAGS } from './lib/chromium.mjs';
import { requireBuild, startStaticServer } from './lib/static-server.mjs';

const dist = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.SCREENSHOT_PORT ?? 4175);
const origin = `http://127.0.0.1:${port}`;
const outDir = resolve('docs/screenshots');
/** Which slide each shot shows: a testimonial on its highlight, and the last slide, the call to join. */
const SHOTS = [
  { orientation: 'landscape', viewport: { width: 1920, height: 1080 }, slide: 'first' },
  { orientation: 'portrait', viewport: { width: 1080, height: 1920 }, slide: 'join' },
];
const LANGUAGES = [
  { lng: 'zh', locale: 'zh-CN' },
  { lng: 'en', locale: 'en-US' },
];

requireBuild(dist);

async function shoot(browser, { orientation, viewport, slide }, { lng, locale }) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    hasTouch: true,
    locale,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  // The page's clock stops once the slide is ready (its QR code loads on timers of its own), so
  // nothing moves on while the shot is taken.
  await page.clock.install();
  await page.goto(`${origin}/?kiosk=1&lng=${lng}`);
  await page.locator('.kiosk-controls__progress').waitFor();
  if (slide === 'join') {
    // The slide before the first is the last one: the call to join.
    await page.locator('.kiosk-controls__step').first().tap();
    await page.locator('.kiosk-join').waitFor();
  }
  await page.locator('.kiosk-slide--current svg[role="img"]').first().waitFor();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    document.documentElement.classList.add('kiosk-cursor-hidden');
  });
  const path = resolve(outDir, `kiosk-${orientation}-${lng}.png`);
  await page.screenshot({ path });
  await context.close();
  console.log(`${path} (${viewport.width}×${viewport.height}, ${Math.round(statSync(path).size / 1024)} KB)`);
}

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer(dist, port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: HEADLESS_FLAGS });
try {
  for (const shot of SHOTS) for (const language of LANGUAGES) await shoot(browser, shot, language);
} finally {
  await browser.close();
  server.kill();
}
