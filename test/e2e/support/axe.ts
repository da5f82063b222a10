import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One violation as a reader wants it: what, how bad, where, and why. */
function describeViolation(violation: AxeResults['violations'][number]): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n    …and ${violation.nodes.length - 5} more` : '';
  return `[${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
}

export interface AxeCheckOptions {
  /** Limit the scan to these selectors (default: the whole page). */
  include?: string[];
  exclude?: string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) and fails on serious or critical violations; minor
 * and moderate ones are attached to the report without failing the test.
 */
export async function checkA11y(page: Page, testInfo: TestInfo, label: string, options: AxeCheckOptions = {}) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const lines = results.violations.map(describeViolation);
  if (lines.length > 0) await testInfo.attach(`axe ${label}`, { body: lines.join('\n\n'), contentType: 'text/plain' });
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  expect(blocking.map(describeViolation), `axe (${label}): serious or critical violations`).toEqual([]);
}
