import { chromium } from '@playwright/test';

import { CHROMIUM_PATH, HEADLESS_FLAGS } from '../../scripts/lib/chromium.mjs';

export { CHROMIUM_PATH };
export const CHROMIUM_FLAGS = [...HEADLESS_FLAGS, '--disable-quic', '--lang=en-US'];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/**
 * A fresh context per measurement (no cache, no storage). Service workers are blocked: the PWA's
 * precache runs after load and is not part of what a first visit needs; see the README.
 */
export async function newPage(browser, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page };
}
