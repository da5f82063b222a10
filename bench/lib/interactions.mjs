import { newPage } from './browser.mjs';
import { armInputTimer, waitForQuiet, watchFirstPaintOf } from './in-page.mjs';
import { median, percentile } from './stats.mjs';

/**
 * What the benchmark clicks, types into and watches in each app. Both are measured the same way;
 * only the selectors differ (the baseline has the same two language buttons, one filter toggle and
 * a search box).
 */
export const TARGETS = {
  app: {
    language: (name) => `.language-switch a:text-is("${name}")`,
    heading: 'h1',
    toggle: '.industry-filter button.chip[aria-pressed]',
    search: 'main input[type="search"]',
    results: '.partner-results',
    firstItem: 'main article h3',
  },
  baseline: {
    language: (name) => `main > button:text-is("${name}")`,
    heading: 'h1',
    toggle: 'button.toggle',
    search: 'main input[type="search"]',
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
  await page.evaluate(armInputTimer, { on: 'click', target: await markForTiming(page, click, 'click'), watch });
  await page.locator('[data-bench="click"]').click();
  const ms = await page.evaluate(() => window.__benchResult);
  await page.evaluate(() => document.querySelector('[data-bench="click"]')?.removeAttribute('data-bench'));
  return ms;
}

/**
 * One timed keystroke into the focused search box. Unlike a click, it does not wait for a settled
 * page: a visitor types on while the list is still catching up, so whatever work the previous
 * keystroke left running (cards still mounting, say) is part of what the next one feels. Only a
 * typing pause (TYPING_PAUSE_MS after the previous result painted) comes between two keystrokes.
 */
const TYPING_PAUSE_MS = 100;

async function timeKey(page, { key, search, watch }) {
  await page.waitForTimeout(TYPING_PAUSE_MS);
  await page.evaluate(armInputTimer, { on: 'keydown', target: search, watch });
  await page.keyboard.press(key);
  return page.evaluate(() => window.__benchResult);
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

/**
 * What a visitor types, one keystroke at a time: SEARCH_TERM, then Backspace until the box is empty
 * again, over and over. Every keystroke changes the result (the generated names end in their
 * number, so each longer prefix of "1234" matches fewer records, and the empty box all of them),
 * so the results line always changes; the last Backspace of a round is the dearest: everything
 * comes back.
 */
export const SEARCH_TERM = '1234';

/**
 * Keydown-to-painted-result for keystrokes in the search box. Its figure is the 90th percentile, not
 * the median: a search that is quick on most keystrokes and stalls for a second on one of each word
 * is not quick.
 */
export async function searchKeystrokes(browser, url, target, samples, prepare, term = SEARCH_TERM) {
  const { context, page } = await openLoaded(browser, url, target, prepare);
  const times = [];
  try {
    await page.locator(target.search).first().focus();
    await page.evaluate(waitForQuiet, 300);
    const round = [...term, ...Array.from(term, () => 'Backspace')];
    for (let index = 0; index < samples; index += 1) {
      times.push(await timeKey(page, { key: round[index % round.length], search: target.search, watch: target.results }));
    }
  } finally {
    await context.close();
  }
  return { p90Ms: percentile(times, 90), medianMs: median(times), samples: times };
}

/** Navigation start to the first testimonial painted, and the JS heap and DOM nodes after load (after a GC). */
export async function loadWithData(browser, url, target, runs, prepare) {
  const firsts = [];
  const heaps = [];
  const nodes = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await newPage(browser);
    try {
      if (prepare) await prepare(page);
      await page.addInitScript(watchFirstPaintOf, target.firstItem);
      await page.goto(url, { waitUntil: 'networkidle' });
      firsts.push(await page.evaluate(() => window.__benchFirst));
      // Loaded means the list has finished rendering, not only the network being idle.
      await page.evaluate(waitForQuiet, 500);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
      nodes.push((await cdp.send('Memory.getDOMCounters')).nodes);
    } finally {
      await context.close();
    }
  }
  return { firstItemMs: median(firsts), heapBytes: median(heaps), domNodes: median(nodes), samples: { firsts, heaps, nodes } };
}
