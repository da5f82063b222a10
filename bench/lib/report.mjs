import { ratio } from './stats.mjs';

/**
 * The table: one row per figure, the app beside the baseline from the same run, the ratio between
 * them, and the budget each row is held to. A budget is either on the ratio or on the app's own
 * figure (interaction times have an absolute budget: 100 ms is what a person reads as instant).
 */
const kB = (bytes) => (bytes === null || bytes === undefined ? null : bytes / 1000);
const MB = (bytes) => (bytes === null || bytes === undefined ? null : bytes / 1e6);

export function buildRows(results) {
  const { initialJs, lighthouse, languageSwitch, filter12, large } = results;
  const row = (id, label, unit, app, baseline, budget = null) => {
    const r = ratio(app, baseline);
    let pass = null;
    if (budget?.maxRatio !== undefined) pass = r !== null && r <= budget.maxRatio;
    if (budget?.max !== undefined) pass = app !== null && app <= budget.max;
    if (budget?.below !== undefined) pass = app !== null && app < budget.below;
    if (budget?.overBaseline !== undefined) pass = app !== null && baseline !== null && app <= baseline + budget.overBaseline;
    if (budget?.underBaseline !== undefined) pass = app !== null && baseline !== null && app >= baseline - budget.underBaseline;
    return { id, label, unit, app, baseline, ratio: r, budget, pass };
  };
  return [
    row(
      'initial-js',
      'Initial JS, gzip (browser, until the first screen is interactive)',
      'kB',
      kB(initialJs.app.browser.gzipBytes),
      kB(initialJs.baseline.browser.gzipBytes),
      { maxRatio: 1.1 },
    ),
    row(
      'initial-js-static',
      'Initial JS, gzip (index.html, its static imports and the app chunk)',
      'kB',
      kB(initialJs.app.static.gzipBytes),
      kB(initialJs.baseline.static.gzipBytes),
    ),
    row(
      'js-after-interactive',
      'JS loaded after that (the list, sections below it, service worker), gzip',
      'kB',
      kB(initialJs.app.browser.allGzipBytes - initialJs.app.browser.gzipBytes),
      kB(initialJs.baseline.browser.allGzipBytes - initialJs.baseline.browser.gzipBytes),
    ),
    row('lh-score', 'Lighthouse performance score (mobile)', '', lighthouse.app.score, lighthouse.baseline.score, { underBaseline: 5 }),
    row('lh-lcp', 'Lighthouse LCP', 'ms', lighthouse.app.lcpMs, lighthouse.baseline.lcpMs, { maxRatio: 1 }),
    row('lh-tbt', 'Lighthouse TBT', 'ms', lighthouse.app.tbtMs, lighthouse.baseline.tbtMs, { overBaseline: 100 }),
    row('lh-cls', 'Lighthouse CLS', '', lighthouse.app.cls, lighthouse.baseline.cls, { below: 0.01 }),
    row('language-switch', 'Language switch, click to painted text', 'ms', languageSwitch.app.medianMs, languageSwitch.baseline.medianMs, {
      max: 100,
    }),
    row('filter-12', 'Filter toggle, click to painted result (12 partners)', 'ms', filter12.app.medianMs, filter12.baseline.medianMs),
    ...Object.entries(large).flatMap(([count, { filter, search, load }]) => largeListRows(row, Number(count), { filter, search, load })),
  ];
}

/**
 * A list of `count` partners (generated, see big-dataset.mjs): what a visitor feels (a filter
 * toggle, each keystroke of a search, the first testimonial) and what the page holds (heap, DOM).
 * The budgets: 100 ms reads as instant; 1.5 s for the first testimonial; 60 MB of heap.
 */
function largeListRows(row, count, { filter, search, load }) {
  const n = count.toLocaleString('en');
  return [
    row(`filter-${count}`, `Filter toggle, click to painted result (${n} partners)`, 'ms', filter.app.medianMs, filter.baseline.medianMs, {
      max: 100,
    }),
    row(
      `search-${count}`,
      `Search, keystroke to painted result, 90th percentile (${n} partners)`,
      'ms',
      search.app.p90Ms,
      search.baseline.p90Ms,
      {
        max: 100,
      },
    ),
    row(`first-item-${count}`, `First testimonial on screen (${n} partners)`, 'ms', load.app.firstItemMs, load.baseline.firstItemMs, {
      max: 1500,
    }),
    row(`heap-${count}`, `JS heap after load, after GC (${n} partners)`, 'MB', MB(load.app.heapBytes), MB(load.baseline.heapBytes), {
      below: 60,
    }),
    row(`dom-${count}`, `DOM nodes after load (${n} partners)`, '', load.app.domNodes, load.baseline.domNodes),
  ];
}

/**
 * Kiosk figures come from their own benchmark (npm run bench:kiosk writes bench/kiosk-results.json;
 * run it first for fresh figures). The baseline has no kiosk: these rows have the kiosk's own budgets.
 */
export function kioskRows(kiosk) {
  const row = (id, label, unit, app, budget, pass, note) => ({ id, label, unit, app, baseline: null, ratio: null, budget, pass, note });
  if (!kiosk) return [row('kiosk', 'Kiosk endurance (npm run bench:kiosk)', '', null, null, null, 'n/a')];
  const when = `${kiosk.quick ? 'quick, ' : ''}${kiosk.date?.slice(0, 10) ?? 'undated'}`;
  const growth = kiosk.growth ?? {};
  return [
    row(
      'kiosk-run',
      `Kiosk endurance: rotations / reset cycles (${when})`,
      '',
      null,
      null,
      null,
      `${kiosk.rotations} / ${kiosk.cycles} (${kiosk.simulatedHours} h)`,
    ),
    row(
      'kiosk-heap',
      'Kiosk: JS heap growth over the run',
      'MB',
      growth.heapBytes === undefined ? null : growth.heapBytes / 2 ** 20,
      { below: 2 },
      growth.heapBytes === undefined ? null : growth.heapBytes < 2 * 2 ** 20,
    ),
    row(
      'kiosk-nodes',
      'Kiosk: DOM nodes growth',
      '',
      growth.nodes ?? null,
      { max: 0 },
      growth.nodes === undefined ? null : growth.nodes <= 0,
    ),
    row(
      'kiosk-listeners',
      'Kiosk: event listeners growth',
      '',
      growth.listeners ?? null,
      { max: 0 },
      growth.listeners === undefined ? null : growth.listeners <= 0,
    ),
  ];
}

function format(value, unit) {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (unit === 'kB') return `${value.toFixed(1)} ${unit}`;
  if (unit === 'MB') return `${value.toFixed(value !== 0 && Math.abs(value) < 1 ? 2 : 1)} ${unit}`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  if (Number.isInteger(value)) return String(value);
  return value < 1 ? value.toFixed(3) : value.toFixed(1);
}

function describeBudget(budget) {
  if (!budget) return '';
  if (budget.maxRatio !== undefined) return `≤ ${budget.maxRatio}×`;
  if (budget.max !== undefined) return `≤ ${budget.max}`;
  if (budget.overBaseline !== undefined) return `≤ baseline + ${budget.overBaseline}`;
  if (budget.underBaseline !== undefined) return `≥ baseline − ${budget.underBaseline}`;
  return `< ${budget.below}`;
}

export function renderTable(rows) {
  const header = ['Figure', 'App', 'Baseline', 'App / baseline', 'Budget', ''];
  const lines = rows.map((row) => [
    row.label,
    row.note ?? format(row.app, row.unit),
    row.baseline === null && row.id.startsWith('kiosk') ? '—' : format(row.baseline, row.unit),
    row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`,
    describeBudget(row.budget),
    row.pass === null ? '' : row.pass ? 'ok' : 'OVER',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const toLine = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [toLine(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...lines.map(toLine)].join('\n');
}
