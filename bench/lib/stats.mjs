/** Small statistics helpers: the table reports medians, so one slow sample cannot move it. */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile (0-100): the value `p` percent of the samples are at or below. */
export function percentile(values, p) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function ratio(app, baseline) {
  return Number.isFinite(app) && Number.isFinite(baseline) && baseline !== 0 ? app / baseline : null;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
