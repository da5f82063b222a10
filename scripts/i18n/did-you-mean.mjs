// @ts-check
/** A key or id that is misspelled shows up twice: as one the source lacks and as one that is missing. */
import { distance } from 'fastest-levenshtein';

/** How many typed characters may differ: one in a short name, up to three in a long dotted key. */
const tolerance = (/** @type {string} */ name) => (name.length <= 4 ? 1 : name.length <= 12 ? 2 : 3);

/**
 * Pairs each unknown name with the missing name it most likely misspells; each missing name is
 * used once, by the closest unknown one.
 * @param {string[]} unknown names that are written but not expected
 * @param {string[]} missing names that are expected but not written
 * @returns {Map<string, string>} unknown -> missing
 */
export function likelyMisspellings(unknown, missing) {
  const candidates = unknown
    .flatMap((written) => missing.map((expected) => ({ written, expected, cost: distance(written, expected) })))
    .filter(({ written, expected, cost }) => cost <= tolerance(expected) && cost < Math.max(written.length, expected.length))
    .sort((a, b) => a.cost - b.cost);
  /** @type {Map<string, string>} */
  const pairs = new Map();
  const taken = new Set();
  for (const { written, expected } of candidates) {
    if (pairs.has(written) || taken.has(expected)) continue;
    pairs.set(written, expected);
    taken.add(expected);
  }
  return pairs;
}
