#!/usr/bin/env node
/**
 * npm run bench:kiosk [-- --quick] [-- --dist <dir>]
 *
 * Days of booth duty in minutes: the kiosk build in Chromium with Playwright's fake clock
 * (installed before load, moved on with runFor), at least 10,000 rotations of the attract loop and
 * 500 explore / idle-reset cycles (tap a testimonial, close it, filter, search, switch language,
 * wait out the "Still there?" countdown). Garbage is collected before each reading; JS heap, DOM
 * nodes and event listeners are read through the DevTools protocol at the start and the end, in
 * the same state (attract loop, first slide, just after a reset). The loop's slides change by a
 * fixed rotate= here (the booth default is each slide's reading time): the same code, steps of equal length.
 *
 * Budget: heap growth under 2 MB, nodes and listeners flat. Exits non-zero when over budget.
 * Writes bench/kiosk-results.json for the general benchmark (npm run bench) to include.
 * --quick: 2,000 rotations and 100 cycles, for CI. --dist: measure an existing build.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { explore, measure, rotate, waitForAttract } from './lib/kiosk-steps.mjs';
import { serveDirectory } from './lib/kiosk-server.mjs';
import { CHROMIUM_PATH, HEADLESS_FLAGS } from '../scripts/lib/chromium.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const distArg = argv.indexOf('--dist');
const ROTATIONS = quick ? 2_000 : 10_000;
const CYCLES = quick ? 100 : 500;
// Idle as a booth runs it, and 10 s a slide, about a highlight's reading time (by default a booth
// times each slide by its text; a fixed time makes every step the same length). The fake clock
// also moves with real time, so these long intervals also keep a slow machine from rotating a
// slide by itself between two steps.
const ROTATE_S = 10;
const IDLE_S = 60;
const BUDGET = { heapBytes: 2 * 1024 * 1024, nodes: 0, listeners: 0 };
const RESULTS = fileURLToPath(new URL('kiosk-results.json', import.meta.url));
const log = (message) => console.error(`[bench:kiosk] ${message}`);

function build() {
  const outDir = 'bench/.tmp/kiosk-dist';
  log(`building into ${outDir}`);
  const result = spawnSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
  return outDir;
}

const dist = distArg >= 0 ? argv[distArg + 1] : build();
const server = await serveDirectory(dist);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...HEADLESS_FLAGS, '--js-flags=--expose-gc'],
});
const started = Date.now();
let results;
try {
  // The service worker is left out: it is not part of what the page keeps in memory. Reduced
  // motion runs the same code (the outgoing slide still mounts and unmounts; CSS hides it) without
  // the compositor's animation work, which only slows the run down.
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    serviceWorkers: 'block',
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.clock.install();
  await page.goto(`${server.url}?kiosk=1&rotate=${ROTATE_S}&idle=${IDLE_S}`);
  await waitForAttract(page);
  const settings = { rotateMs: ROTATE_S * 1000, idleMs: IDLE_S * 1000 };

  // Readings are taken on the first slide after a full loop (every testimonial and the join
  // slide): the same DOM at start and end, and no browser bookkeeping (paint timing entries) still
  // pointing at the browse view just left.
  const slides = Number((await page.locator('.kiosk-controls__progress').textContent())?.split('/')[1]);
  const reading = async () => {
    await rotate(page, slides, settings);
    return measure(page, cdp);
  };
  log('warming up: every slide, every chunk, both languages, the optimising compiler');
  await rotate(page, 4 * slides, settings);
  for (let cycle = 0; cycle < 20; cycle += 1) await explore(page, settings, cycle);
  const start = await reading();
  log(`start: ${JSON.stringify(start)}`);

  log(`${ROTATIONS} rotations`);
  const rotationsStarted = Date.now();
  await rotate(page, ROTATIONS, settings, (done) => done % 2_000 === 0 && log(`  ${done} rotations`));
  const rotationsMs = Date.now() - rotationsStarted;

  log(`${CYCLES} explore / idle-reset cycles`);
  const cyclesStarted = Date.now();
  for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
    await explore(page, settings, cycle);
    if (cycle % 100 === 0) log(`  ${cycle} cycles`);
  }
  const cyclesMs = Date.now() - cyclesStarted;
  const end = await reading();
  log(`end: ${JSON.stringify(end)}`);

  const growth = { heapBytes: end.heapBytes - start.heapBytes, nodes: end.nodes - start.nodes, listeners: end.listeners - start.listeners };
  const pass =
    growth.heapBytes < BUDGET.heapBytes && growth.nodes <= BUDGET.nodes && growth.listeners <= BUDGET.listeners && errors.length === 0;
  results = {
    date: new Date().toISOString(),
    quick,
    chromium: browser.version(),
    settings: { rotateSeconds: ROTATE_S, idleSeconds: IDLE_S, viewport: '1920x1080', touch: true },
    rotations: ROTATIONS,
    cycles: CYCLES,
    simulatedHours: Number(((ROTATIONS * ROTATE_S + (CYCLES + 1) * IDLE_S) / 3600).toFixed(2)),
    wallSeconds: {
      total: Math.round((Date.now() - started) / 1000),
      rotations: Math.round(rotationsMs / 1000),
      cycles: Math.round(cyclesMs / 1000),
    },
    start,
    end,
    growth,
    budget: BUDGET,
    pageErrors: errors.slice(0, 10),
    pass,
  };
} finally {
  await browser.close();
  server.close();
}

writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const row = (label, a, b, d, limit) =>
  `${label.padEnd(16)}${String(a).padStart(12)}${String(b).padStart(12)}${String(d).padStart(12)}   ${limit}`;
console.log(
  `\nKiosk endurance: ${results.rotations} rotations, ${results.cycles} explore/reset cycles (${results.simulatedHours} h of booth time, ${results.wallSeconds.total} s wall)`,
);
console.log(row('', 'start', 'end', 'growth', 'budget'));
console.log(row('JS heap', mb(results.start.heapBytes), mb(results.end.heapBytes), mb(results.growth.heapBytes), '< 2 MB'));
console.log(row('DOM nodes', results.start.nodes, results.end.nodes, results.growth.nodes, 'flat'));
console.log(row('Event listeners', results.start.listeners, results.end.listeners, results.growth.listeners, 'flat'));
if (results.pageErrors.length > 0) console.log(`Page errors: ${results.pageErrors.join(' | ')}`);
console.log(results.pass ? 'PASS: within budget' : 'FAIL: over budget');
process.exitCode = results.pass ? 0 : 1;
