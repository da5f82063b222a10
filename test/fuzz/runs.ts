/**
 * How many cases a fuzz test tries: a short search in npm test, a long one in npm run test:fuzz
 * (FUZZ_LONG=1), which CI runs too. Returns the count and a timeout to match it: four times the
 * expected time, since the fuzz files run side by side on two cores (the long prerender search
 * took 37 s against its 15 ms a case once, in CI), and the timeout is there to stop a hang, not to
 * time the search.
 */
export function fuzzRuns(short: number, long: number, msPerRun: number): { runs: number; timeoutMs: number } {
  const runs = process.env.FUZZ_LONG === '1' ? long : short;
  return { runs, timeoutMs: Math.max(20_000, runs * msPerRun * 4) };
}
