#!/usr/bin/env node
// @ts-check
/**
 * npm run i18n:check [-- --json] [-- --errors-only]
 * Checks every locale against the Chinese source; exits 1 when there is an error.
 */
import { fileURLToPath } from 'node:url';
import { checkLocales } from './check.mjs';
import { SOURCE_LANGUAGE } from './config.mjs';
import { formatCoverage, formatFindings, formatSummary } from './report.mjs';

const args = new Set(process.argv.slice(2));
const root = fileURLToPath(new URL('../../', import.meta.url));
const { findings, coverage } = checkLocales(root);
const shown = args.has('--errors-only') ? findings.filter((finding) => finding.severity === 'error') : findings;

if (args.has('--json')) {
  process.stdout.write(`${JSON.stringify({ findings: shown, coverage }, null, 2)}\n`);
} else {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const options = { color, source: SOURCE_LANGUAGE };
  const languages = [...new Set(coverage.map((row) => row.lng))];
  console.log(`Translation check: ${languages.join(', ')} against ${SOURCE_LANGUAGE}`);
  if (shown.length) console.log(formatFindings(shown, options));
  console.log(`\n${formatCoverage(coverage, options)}\n\n${formatSummary(findings, options)}`);
}
process.exitCode = findings.some((finding) => finding.severity === 'error') ? 1 : 0;
