// @ts-check
/** The check's findings as plain text for people: by file, then a coverage table. */
import { styleText } from 'node:util';

/** @typedef {import('./check.mjs').Finding} Finding */
/** @typedef {import('./check.mjs').CoverageRow} CoverageRow */

/**
 * Findings that come by the dozen (a new language, a new notes file) are summarised per file.
 * @type {Record<string, (n: number, lng?: string, ns?: string) => string>}
 */
const SUMMARISED = {
  unrecorded: (n, lng, ns) =>
    `${n} texts have no record of the Chinese text they were translated from. Once reviewed, run: npm run i18n:accept -- ${lng} ${ns}`,
  'meta-missing': (n) => `${n} keys have no description for translators yet.`,
  missing: (n) => `${n} keys are not translated yet.`,
  'data-missing': (n) => `${n} partners or companies of public/data/partners.json have no text here yet.`,
  untranslated: (n) =>
    `${n} texts are not translated: still in Chinese, or the same as the source's or another language's text (npm run i18n:check -- --json says which).`,
};
const SUMMARY_THRESHOLD = 6;

/** @param {boolean} color */
function painter(color) {
  return {
    error: (/** @type {string} */ text) => (color ? styleText(['red', 'bold'], text) : text),
    warning: (/** @type {string} */ text) => (color ? styleText(['yellow', 'bold'], text) : text),
    dim: (/** @type {string} */ text) => (color ? styleText('dim', text) : text),
    bold: (/** @type {string} */ text) => (color ? styleText('bold', text) : text),
  };
}

/** Map.groupBy, which Node 20 does not have. */
/**
 * @template T
 * @param {T[]} items
 * @param {(item: T) => string} keyOf
 * @returns {Map<string, T[]>}
 */
function groupBy(items, keyOf) {
  /** @type {Map<string, T[]>} */
  const groups = new Map();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

const percent = (/** @type {number} */ done, /** @type {number} */ total) => (total === 0 ? '—' : `${Math.floor((done / total) * 100)}%`);

/** @param {Finding} finding */
function keyLabel(finding) {
  if (!finding.key) return '';
  return finding.file.startsWith('src/') ? `${finding.ns}:${finding.key}` : finding.key;
}

/**
 * @param {Finding[]} findings
 * @param {{ color?: boolean, source?: string }} [options]
 */
export function formatFindings(findings, { color = false, source = 'zh' } = {}) {
  const paint = painter(color);
  const lines = [];
  const byFile = groupBy(findings, (finding) => finding.file);
  for (const [file, group] of byFile) {
    lines.push('', paint.bold(file));
    const byKind = groupBy(group, (finding) => finding.kind);
    for (const finding of group) {
      const sameKind = byKind.get(finding.kind) ?? [];
      const summarise = SUMMARISED[finding.kind];
      if (summarise && sameKind.length >= SUMMARY_THRESHOLD) {
        if (sameKind[0] !== finding) continue;
        const mark = finding.severity === 'error' ? paint.error('✖ error  ') : paint.warning('⚠ warning');
        lines.push(`  ${mark} ${summarise(sameKind.length, finding.lng, finding.ns)}`);
        const keys = sameKind.map((item) => item.key);
        const more = keys.length > 12 ? `, … and ${keys.length - 12} more (npm run i18n:check -- --json lists all)` : '';
        lines.push(paint.dim(`            keys: ${keys.slice(0, 12).join(', ')}${more}`));
        continue;
      }
      const mark = finding.severity === 'error' ? paint.error('✖ error  ') : paint.warning('⚠ warning');
      const where = finding.line ? `line ${finding.line}${finding.column ? `, column ${finding.column}` : ''}` : '';
      lines.push(`  ${mark} ${[where, paint.bold(keyLabel(finding))].filter(Boolean).join('  ')}`);
      lines.push(`            ${finding.message}`);
      if (finding.source !== undefined) lines.push(paint.dim(`            ${source}: ${finding.source}`));
      if (finding.translation !== undefined) lines.push(paint.dim(`            ${finding.lng}: ${finding.translation}`));
      if (finding.context) lines.push(paint.dim(`            context: ${finding.context}`));
    }
  }
  return lines.join('\n');
}

/**
 * @param {CoverageRow[]} rows
 * @param {{ color?: boolean, source?: string }} [options]
 */
export function formatCoverage(rows, { color = false, source = 'zh' } = {}) {
  const paint = painter(color);
  const namespaces = [...new Set(rows.map((row) => row.ns))];
  const languages = [...new Set(rows.map((row) => row.lng))];
  /** @type {(done: number, total: number, stale: number) => string} */
  const cell = (done, total, stale) => `${percent(done, total)} (${done}/${total})${stale ? `, ${stale} stale` : ''}`;
  const table = [['language', ...namespaces, 'all']];
  for (const lng of languages) {
    const own = rows.filter((row) => row.lng === lng);
    const sum = (/** @type {'translated' | 'total' | 'stale'} */ field) => own.reduce((total, row) => total + row[field], 0);
    table.push([
      lng === source ? `${lng} (source)` : lng,
      ...namespaces.map((ns) => {
        const row = own.find((item) => item.ns === ns);
        return row ? cell(row.translated, row.total, row.stale) : '—';
      }),
      cell(sum('translated'), sum('total'), sum('stale')),
    ]);
  }
  const header = table[0] ?? [];
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const render = (/** @type {string[]} */ row) =>
    `  ${row.map((value, column) => value.padEnd(widths[column] ?? 0)).join('   ')}`.trimEnd();
  return [paint.bold(`Coverage: texts translated, compared with ${source}`), render(header), ...table.slice(1).map(render)].join('\n');
}

/** @param {Finding[]} findings */
export function formatSummary(findings, { color = false } = {}) {
  const paint = painter(color);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (errors) return paint.error(`${counts}. Errors must be fixed (the check fails); warnings are for review.`);
  return warnings ? paint.warning(`${counts}. Nothing blocks; the warnings are for review.`) : `${counts}. All good.`;
}
