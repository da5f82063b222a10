#!/usr/bin/env node
/**
 * npm run bench [-- --quick] [-- --skip-build] [-- --known-over=<id>,<id>]
 *
 * Builds the app and the baseline (bench/baseline), serves both precompressed with sirv, measures
 * both in the same run on the same machine, prints one table and writes bench/results.json.
 * Exits non-zero when a budget is exceeded. --quick takes fewer samples so it fits in CI.
 * --known-over lists budgets (row ids: initial-js, lh-lcp, …) that are known to be exceeded and
 * tracked elsewhere: they still print OVER, loudly, but do not fail the run; every other budget does.
 * Ports: BENCH_PORT (default 4600) for the app, +1 for the baseline, +2 for Lighthouse's Chromium.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { findPartnerTextFiles, generateDataset, routeAppDataset, routeBaselineDataset } from './lib/big-dataset.mjs';
import { CHROMIUM_PATH, launchBrowser } from './lib/browser.mjs';
import { browserInitialJs, staticInitialJs } from './lib/initial-js.mjs';
import { filterToggle, languageSwitch, loadWithData, searchKeystrokes, TARGETS } from './lib/interactions.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { run, serveStatic } from './lib/processes.mjs';
import { buildRows, kioskRows, renderTable } from './lib/report.mjs';

const args = new Set(process.argv.slice(2));
const knownOver = new Set(
  process.argv
    .slice(2)
    .filter((arg) => arg.startsWith('--known-over='))
    .flatMap((arg) => arg.slice('--known-over='.length).split(','))
    .filter(Boolean),
);
const quick = args.has('--quick');
const SAMPLES = quick
  ? // Lighthouse's simulated LCP of the bare baseline jumps between values from run to run (its
    // data and favicon requests finish before or after its first paint), and the app's TBT moves
    // by ±60 ms on a shared 2-core machine: 7 runs, as in the full run. The first testimonial
    // with a large list is the median of 3 loads: one load measured 1.23 s in one CI run and
    // 1.78 s in another for the same build.
    { lighthouse: 7, languageSwitch: 6, filter: 6, search: 16, load: 3 }
  : { lighthouse: 7, languageSwitch: 20, filter: 20, search: 24, load: 5 };
/** The large lists: how the app holds up as the program grows, and far beyond (issue 14). */
const LARGE = [2000, 10000];
const PORT = Number(process.env.BENCH_PORT ?? 4600);
const DIST = { app: 'dist-bench', baseline: 'dist-bench-baseline' };
const RESULTS = fileURLToPath(new URL('results.json', import.meta.url));
const KIOSK_RESULTS = fileURLToPath(new URL('kiosk-results.json', import.meta.url));
const log = (message) => console.error(`[bench] ${message}`);

async function build() {
  log('building the app and the baseline');
  await run('node_modules/.bin/vite', ['build', '--outDir', DIST.app, '--emptyOutDir']);
  await run('node_modules/.bin/vite', [
    'build',
    '-c',
    'bench/baseline/vite.config.ts',
    '--outDir',
    `../../${DIST.baseline}`,
    '--emptyOutDir',
  ]);
}

async function measure(urls) {
  const results = { initialJs: {}, languageSwitch: {}, filter12: {}, large: {} };
  const textFiles = await findPartnerTextFiles(DIST.app);
  const browser = await launchBrowser();
  try {
    for (const name of ['app', 'baseline']) {
      log(`${name}: initial JS, interactions`);
      results.initialJs[name] = { browser: await browserInitialJs(browser, urls[name]), static: staticInitialJs(DIST[name]) };
      results.languageSwitch[name] = await languageSwitch(browser, urls[name], TARGETS[name], SAMPLES.languageSwitch);
      results.filter12[name] = await filterToggle(browser, urls[name], TARGETS[name], SAMPLES.filter);
    }
    for (const count of LARGE) {
      const dataset = generateDataset({ count });
      const route = { app: (page) => routeAppDataset(page, dataset, textFiles), baseline: (page) => routeBaselineDataset(page, dataset) };
      results.large[count] = { filter: {}, search: {}, load: {} };
      for (const name of ['app', 'baseline']) {
        log(`${name}: ${count.toLocaleString('en')} records`);
        const figures = results.large[count];
        figures.filter[name] = await filterToggle(browser, urls[name], TARGETS[name], SAMPLES.filter, route[name]);
        figures.search[name] = await searchKeystrokes(browser, urls[name], TARGETS[name], SAMPLES.search, route[name]);
        figures.load[name] = await loadWithData(browser, urls[name], TARGETS[name], SAMPLES.load, route[name]);
      }
    }
  } finally {
    await browser.close();
  }
  log(`Lighthouse, ${SAMPLES.lighthouse} run(s) each`);
  results.lighthouse = await runLighthouse(urls, SAMPLES.lighthouse, { port: PORT + 2, log });
  return results;
}

if (!args.has('--skip-build')) await build();
const servers = { app: await serveStatic(DIST.app, PORT), baseline: await serveStatic(DIST.baseline, PORT + 1) };
let results;
try {
  results = await measure({ app: servers.app.url, baseline: servers.baseline.url });
} finally {
  servers.app.stop();
  servers.baseline.stop();
}

const kiosk = existsSync(KIOSK_RESULTS) ? JSON.parse(readFileSync(KIOSK_RESULTS, 'utf8')) : null;
const rows = [...buildRows(results), ...kioskRows(kiosk)];
const notGzip = [...results.initialJs.app.browser.notGzip, ...results.initialJs.baseline.browser.notGzip];
// Debian's wrapper script may print a shell warning first; the version is the last line.
const chromium = (await run(CHROMIUM_PATH, ['--version']).catch(() => 'unknown')).trim().split('\n').at(-1);
writeFileSync(
  RESULTS,
  `${JSON.stringify({ date: new Date().toISOString(), quick, samples: SAMPLES, machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium }, rows, details: results }, null, 2)}\n`,
);

console.log(`\nBenchmark${quick ? ' (quick)' : ''}: app vs baseline, same run, ${os.cpus().length} cores, ${chromium}`);
console.log(renderTable(rows));
const over = rows.filter((row) => row.pass === false);
const failing = over.filter((row) => !knownOver.has(row.id));
if (notGzip.length) console.log(`\nwarning: scripts not sent gzip-compressed: ${notGzip.join(', ')}`);
console.log(`\nresults: ${RESULTS}`);
for (const row of over) console.log(`OVER BUDGET${knownOver.has(row.id) ? ' (known, --known-over)' : ''}: ${row.label} [${row.id}]`);
for (const id of knownOver) if (!over.some((row) => row.id === id)) console.log(`now within budget, drop it from --known-over: ${id}`);
if (failing.length) process.exit(1);
console.log(over.length ? '\nevery budget not listed in --known-over is met' : '\nall budgets met');
