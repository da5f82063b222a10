import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.mjs';
import { median, sleep } from './stats.mjs';

/** Debian's Chromium with a DevTools port for Lighthouse to drive, in a throwaway profile. */
export async function launchDebuggableChromium(port) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(
    CHROMIUM_PATH,
    ['--headless=new', ...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill();
    await exited;
    // Chromium's helper processes may still be writing into the profile for a moment after the
    // browser exits: try again a little later, and leave a temporary folder behind at worst.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        rmSync(profile, { recursive: true, force: true });
        return;
      } catch {
        await sleep(200);
      }
    }
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, stop };
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`Chromium did not open its DevTools port ${port}`);
    }
    await sleep(100);
  }
}

/**
 * Lighthouse 12 with its defaults: mobile form factor, simulated throttling (Lantern), performance
 * category only. One Chromium serves every run; Lighthouse resets storage before each. The apps
 * take turns (app, baseline, app, …) so a slow spell of the machine hits both alike. Each metric
 * is the median of its own runs.
 */
export async function runLighthouse(urls, runs, { port, log = () => {} }) {
  const chrome = await launchDebuggableChromium(port);
  const samples = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [name, url] of Object.entries(urls)) {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        const audit = (id) => lhr.audits[id]?.numericValue ?? null;
        const sample = {
          score: lhr.categories.performance.score === null ? null : lhr.categories.performance.score * 100,
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          fcpMs: audit('first-contentful-paint'),
        };
        samples[name].push(sample);
        log(`lighthouse ${name} run ${run + 1}/${runs}: score ${sample.score}, LCP ${Math.round(sample.lcpMs)} ms`);
      }
    }
  } finally {
    await chrome.stop();
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      Object.fromEntries(['score', 'lcpMs', 'tbtMs', 'cls', 'fcpMs'].map((key) => [key, median(list.map((sample) => sample[key]))])),
    ]),
  );
}
