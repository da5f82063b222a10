/**
 * Debian's Chromium, never a downloaded browser, and the flags that keep a headless run off the
 * network (this machine's network is closed: background services would only fail and retry).
 * Shared by the browser tests, the benchmarks, the screenshots and the kiosk launcher's check.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const HEADLESS_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
