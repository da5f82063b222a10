import { newPage } from './browser.mjs';
import { armClickTimer, waitForQuiet, watchFirstPaintOf } from './in-page.mjs';
import { median } from './stats.mjs';

/**
 * What the benchmark clicks and watches in each app. Both are measured the same way; only the
 * selectors differ (the baseline has the same two language buttons and one filter toggle).
 */
export const TARGETS = {
  app: {
    language: (name) => `.language-switch a:text-is("${name}")`,
    heading: 'h1',
    toggle: '.industry-filter button.chip[aria-pressed]',
    results: '.partner-results',
    firstItem: 'main article h3',
  },
  baseline: {
    language: (name) => `main > button:text-is("${name}")`,
    heading: 'h1',
    toggle: 'button.toggle',
    results: '[role="status"]',
    firstItem: 'main li',
  },
};

/** Playwright selectors (with :text-is) are resolved here; the page gets a plain CSS path to one element. */
async function markForTiming(page, selector, mark) {
  await page
    .locator(selector)
    .first()
    .evaluate((element, name) => element.setAttribute('data-bench', name), mark);
  return `[data-bench="${mark}"]`;
}

/**
 * One timed click, from a settled page: a long list that is still being appended to (or trimmed)
 * after the previous click would make the next one look cheaper or dearer than it is.
 */
async function timeClick(page, { click, watch }) {
  await page.evaluate(waitForQuiet, 300);
  await page.evaluate(armClickTimer, { click: await markForTiming(page, click, 'click'), watch });
  await page.locator('[data-bench="click"]').click();
  const ms = await page.evaluate(() => window.__benchResult);
  await page.evaluate(() => document.querySelector('[data-bench="click"]')?.removeAttribute('data-bench'));
  return ms;
}

async function openLoaded(browser, url, target, prepare) {
  const { context, page } = await newPage(browser);
  if (prepare) await prepare(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(target.firstItem).first().waitFor();
  return { context, page };
}

/** Click-to-painted-text for the language switch, alternating English and 中文. */
export async function languageSwitch(browser, url, target, samples) {
  const { context, page } = await openLoaded(browser, url, target);
  const times = [];
  try {
    for (let index = 0; index < samples; index += 1) {
      const name = index % 2 === 0 ? '中文' : 'English';
      times.push(await timeClick(page, { click: target.language(name), watch: target.heading }));
    }
  } finally {
    await context.close();
  }
  return { medianMs: median(times), samples: times };
}

/** Click-to-painted-result for one industry toggle, on and off in turn. */
export async function filterToggle(browser, url, target, samples, prepare) {
  const { context, page } = await openLoaded(browser, url, target, prepare);
  const times = [];
  try {
    for (let index = 0; index < samples; index += 1) {
      times.push(await timeClick(page, { click: target.toggle, watch: target.results }));
    }
  } finally {
    await context.close();
  }
  return { medianMs: median(times), samples: times };
}

/** Navigation start to the first testimonial painted, and the JS heap after load (after a GC). */
export async function loadWithData(browser, url, target, runs, prepare) {
  const firsts = [];
  const heaps = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await newPage(browser);
    try {
      if (prepare) await prepare(page);
      await page.addInitScript(watchFirstPaintOf, target.firstItem);
      await page.goto(url, { waitUntil: 'networkidle' });
      firsts.push(await page.evaluate(() => window.__benchFirst));
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    } finally {
      await context.close();
    }
  }
  return { firstItemMs: median(firsts), heapBytes: median(heaps), samples: { firsts, heaps } };
}
