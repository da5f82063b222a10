/**
 * What a visitor does to the kiosk, and what the benchmark reads from it. The page runs on
 * Playwright's fake clock, so waits happen inside the page by yielding real tasks (MessageChannel)
 * until the DOM shows the expected state; React renders and runs its effects in those tasks.
 */

/** Runs in the page: polls a named condition, then yields twice more so effects (timers) are armed. */
function pageWait([name, arg]) {
  const yieldTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(undefined);
      channel.port2.postMessage(null);
    });
  const progress = () => document.querySelector('.kiosk-controls__progress')?.textContent ?? '';
  const checks = {
    progress: () => progress().startsWith(`${arg} /`),
    attract: () => progress().startsWith('1 /') && document.documentElement.lang === arg && !document.querySelector('dialog[open]'),
    detailOpen: () => !!document.querySelector('dialog.partner-detail[open]'),
    detailClosed: () => !document.querySelector('dialog.partner-detail') && !!document.querySelector('.kiosk-browse'),
    param: () => new URLSearchParams(window.location.search).has(arg),
    lang: () => document.documentElement.lang === arg,
    warning: () => !!document.querySelector('dialog.kiosk-idle[open]'),
  };
  return (async () => {
    for (let i = 0; i < 50_000; i += 1) {
      if (checks[name]()) {
        await yieldTask();
        await yieldTask();
        return true;
      }
      await yieldTask();
    }
    return false;
  })();
}

async function waitFor(page, name, arg) {
  if (await page.evaluate(pageWait, [name, arg])) return;
  const state = await page.evaluate(() => ({
    url: window.location.search,
    lang: document.documentElement.lang,
    view: document.querySelector('.kiosk-browse') ? 'browse' : document.querySelector('.kiosk-attract') ? 'attract' : 'other',
    progress: document.querySelector('.kiosk-controls__progress')?.textContent,
    dialogs: [...document.querySelectorAll('dialog[open]')].map((dialog) => dialog.className),
  }));
  throw new Error(`kiosk never reached "${name}${arg === undefined ? '' : ` ${arg}`}"; it shows ${JSON.stringify(state)}`);
}

/** The centre of the first element matching the selector (and text, if given), scrolled into view. */
async function centreOf(page, selector, text) {
  const point = await page.evaluate(
    ([sel, txt]) => {
      const element = [...document.querySelectorAll(sel)].find((candidate) => !txt || candidate.textContent?.includes(txt));
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [selector, text],
  );
  if (!point) throw new Error(`nothing to tap: ${selector} ${text ?? ''}`);
  return point;
}

async function tap(page, selector, text) {
  const { x, y } = await centreOf(page, selector, text);
  await page.touchscreen.tap(x, y);
}

export async function waitForAttract(page, lang = 'zh-CN') {
  await waitFor(page, 'attract', lang);
}

async function currentSlide(page) {
  const text = await page.locator('.kiosk-controls__progress').textContent();
  const [current, total] = (text ?? '').split('/').map((part) => Number(part.trim()));
  return { current, total };
}

/**
 * Moves the page's fake clock. Playwright's page.clock.runFor records every call as an init script
 * (two protocol round trips, and a list that grows with each call), which turns 10,000 rotations
 * into many minutes; the same clock's in-page controller does the same step without that. Falls
 * back to page.clock.runFor if a Playwright version lacks it.
 */
async function hasInPageClock(page) {
  return page.evaluate(() => typeof (/** @type {any} */ (globalThis).__pwClock?.controller?.runFor) === 'function');
}

export async function advanceClock(page, ms) {
  if (await hasInPageClock(page)) await page.evaluate((ticks) => /** @type {any} */ (globalThis).__pwClock.controller.runFor(ticks), ms);
  else await page.clock.runFor(ms);
}

/** Runs in the page: `count` rotations, each one a clock step and a check that the next slide is on screen. */
function pageRotate([count, rotateMs]) {
  const controller = /** @type {any} */ (globalThis).__pwClock.controller;
  const yieldTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(undefined);
      channel.port2.postMessage(null);
    });
  const slide = () =>
    (document.querySelector('.kiosk-controls__progress')?.textContent ?? '').split('/').map((part) => Number(part.trim()));
  return (async () => {
    let [current, total] = slide();
    for (let done = 0; done < count; done += 1) {
      await controller.runFor(rotateMs);
      const expected = (current % total) + 1;
      let polls = 0;
      while (slide()[0] !== expected) {
        if ((polls += 1) > 100_000) return `stuck at ${slide()[0]}, expected ${expected} after ${done} rotations`;
        await yieldTask();
      }
      // Two more tasks: React's passive effects arm the next slide's timer.
      await yieldTask();
      await yieldTask();
      current = expected;
    }
    return null;
  })();
}

/** Lets the attract loop rotate `count` times, checking that each step landed on the next slide. */
export async function rotate(page, count, { rotateMs }, onProgress = () => {}) {
  const batch = 500;
  if (!(await hasInPageClock(page))) {
    for (let done = 1; done <= count; done += 1) {
      const { current, total } = await currentSlide(page);
      await page.clock.runFor(rotateMs);
      await waitFor(page, 'progress', (current % total) + 1);
      onProgress(done);
    }
    return;
  }
  for (let done = 0; done < count; done += batch) {
    const steps = Math.min(batch, count - done);
    const problem = await page.evaluate(pageRotate, [steps, rotateMs]);
    if (problem) throw new Error(`attract loop ${problem}`);
    onProgress(done + steps);
  }
}

/**
 * One visitor: tap the testimonial (browse view, detail open), close it, pick an industry, switch
 * to English, walk away; the countdown shows and the kiosk resets itself. (The booth has no search
 * box: a visitor there has no keyboard.)
 */
export async function explore(page, { idleMs }, cycle) {
  const warningMs = idleMs >= 40_000 ? 20_000 : idleMs / 4;
  await tap(page, '.kiosk-slide--current blockquote');
  await waitFor(page, 'detailOpen');
  await page.keyboard.press('Escape');
  await waitFor(page, 'detailClosed');
  const chips = await page.locator('.industry-filter .chip:not([disabled])').count();
  await tap(page, `.industry-filter .chip:not([disabled]):nth-child(${(cycle % Math.max(chips, 1)) + 1})`);
  await waitFor(page, 'param', 'industry');
  await tap(page, '.site-header .language-switch a[lang="en"]');
  await waitFor(page, 'lang', 'en');
  await advanceClock(page, idleMs - warningMs + 50);
  await waitFor(page, 'warning');
  await advanceClock(page, warningMs);
  await waitForAttract(page);
}

/**
 * JS heap, DOM nodes and listeners after forced garbage collection, read through the DevTools
 * protocol: the lowest of five readings a second apart, each after its own collections, so an
 * object that is garbage but not yet swept does not count as growth, nor does a document that is
 * alive for a moment only (one of 443 nodes came and went between readings: counted at the start
 * of one CI run and at the end of another).
 */
export async function measure(page, cdp) {
  const readings = [];
  for (let reading = 0; reading < 5; reading += 1) {
    for (let i = 0; i < 2; i += 1) {
      await page.evaluate(() => /** @type {any} */ (window).gc());
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    const counters = await cdp.send('Memory.getDOMCounters');
    readings.push({
      heapBytes: metric.JSHeapUsedSize,
      nodes: counters.nodes,
      listeners: counters.jsEventListeners,
      documents: counters.documents,
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return Object.fromEntries(Object.keys(readings[0]).map((key) => [key, Math.min(...readings.map((reading) => reading[key]))]));
}
