// @ts-check
/**
 * The translator check as a pure function over a loaded project: findings and a coverage table.
 * `checkLocales(root)` loads and checks in one call; cli.mjs prints the result.
 */
import { DATA_NAMESPACES } from './config.mjs';
import { checkGlossary, glossaryTerms } from './glossary.mjs';
import { alignWithSource, hasKeyOrPlural, isText, pluralBase } from './keys.mjs';
import { loadProject } from './load.mjs';
import { unreadableFinding } from './locale-files.mjs';
import { contextLine, metaFor } from './meta.mjs';
import { checkSpacing, compareForm } from './rules-form.mjs';
import { checkHighlights } from './rules-highlight.mjs';
import { checkDuplicateKeys, checkTexts, compareWithSource } from './rules-locale.mjs';
import { checkCodeKeys, checkDataTexts, checkMeta, checkSideFiles, checkTaxonomy } from './rules-project.mjs';
import { checkUntranslated, untranslatedJudge } from './untranslated.mjs';

/**
 * @typedef {{
 *   severity: 'error' | 'warning',
 *   kind: string,
 *   file: string,
 *   line?: number,
 *   column?: number,
 *   lng?: string,
 *   ns?: string,
 *   key?: string,
 *   message: string,
 *   source?: string,
 *   translation?: string,
 *   context?: string,
 * }} Finding
 * @typedef {(finding: Finding) => void} Report
 * @typedef {{ lng: string, ns: string, total: number, translated: number, stale: number }} CoverageRow
 */

/**
 * @param {import('./load.mjs').Project} project
 * @returns {{ findings: Finding[], coverage: CoverageRow[] }}
 */
export function checkProject(project) {
  /** @type {Finding[]} */
  const findings = [];
  /** @type {Report} */
  const report = (finding) => {
    findings.push(finding);
  };
  const { source } = project;
  const judge = untranslatedJudge(project);
  const terms = glossaryTerms(project);

  for (const ns of project.namespaces) {
    const sourceFile = project.files.get(`${source}/${ns}`);
    const entries = project.meta.get(ns)?.entries;
    for (const lng of project.languages) {
      const file = project.files.get(`${lng}/${ns}`);
      if (!file) {
        const expected = `locales/${lng}/${ns}.json`;
        report({
          severity: 'error',
          kind: 'missing-file',
          file: expected,
          lng,
          ns,
          message:
            lng === source
              ? `The source has no ${ns}.json, but other languages do.`
              : `The file is missing: run npm run i18n:add ${lng}, which creates it with nothing translated, then translate the texts of locales/${source}/${ns}.json.`,
        });
        continue;
      }
      if (!file.ok) {
        report(unreadableFinding(file, lng, ns));
        continue;
      }
      const verbatim = ns === 'partners' && lng === source;
      checkDuplicateKeys({ file, lng, ns, report });
      const skipIds = checkDataTexts({ project, lng, ns, file, report });
      checkTexts({ lng, ns, file, entries, verbatim, report });
      checkSpacing({ lng, ns, file, verbatim, report });
      if (lng !== source && sourceFile?.ok) {
        const aligned = alignWithSource(sourceFile.flat, file.flat);
        const untranslated = checkUntranslated({ project, lng, ns, file, judge, report });
        compareWithSource({
          lng,
          ns,
          source: sourceFile,
          target: file,
          skipIds,
          dataIds: dataIdsOf(project, ns),
          aligned,
          untranslated,
          hashes: project.hashes[lng]?.[ns],
          report,
        });
        compareForm({ lng, ns, target: file, aligned, skip: untranslated, report });
        checkGlossary({ lng, ns, target: file, aligned, terms, skip: untranslated, report });
      }
    }
  }
  checkHighlights({ project, report });
  checkCodeKeys({ project, report });
  checkTaxonomy({ project, report });
  checkMeta({ project, report });
  checkSideFiles({ project, report });

  for (const finding of findings) {
    if (finding.ns && finding.key && finding.kind !== 'meta-missing') {
      const context = contextLine(metaFor(project.meta.get(finding.ns)?.entries, finding.key), finding.lng ?? source);
      if (context) finding.context = context;
    }
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.key ?? '').localeCompare(b.key ?? ''));
  return { findings, coverage: coverageOf(project, findings) };
}

/**
 * Per language and namespace: how many of the source's texts have a translation. A text reported
 * as untranslated (still in Chinese, copied from another language) does not count.
 * @param {import('./load.mjs').Project} project
 * @param {Finding[]} findings
 * @returns {CoverageRow[]}
 */
function coverageOf(project, findings) {
  /** @type {CoverageRow[]} */
  const rows = [];
  for (const lng of project.languages) {
    for (const ns of project.namespaces) {
      const sourceFile = project.files.get(`${project.source}/${ns}`);
      const file = project.files.get(`${lng}/${ns}`);
      const keys = sourceFile?.ok ? [...sourceFile.flat].filter(([, text]) => isText(text)).map(([key]) => key) : [];
      const untranslated = new Set(
        findings
          .filter((finding) => finding.kind === 'untranslated' && finding.lng === lng && finding.ns === ns)
          .map((finding) => pluralBase(finding.key ?? '')),
      );
      const translated = file?.ok
        ? keys.filter(
            (key) =>
              hasKeyOrPlural(file.flat, key) &&
              isText(file.flat.get(key) ?? firstForm(file.flat, key)) &&
              !untranslated.has(pluralBase(key)),
          ).length
        : 0;
      const stale = findings.filter((finding) => finding.kind === 'stale' && finding.lng === lng && finding.ns === ns).length;
      rows.push({ lng, ns, total: keys.length, translated, stale });
    }
  }
  return rows;
}

/**
 * @param {Map<string, unknown>} flat
 * @param {string} key
 */
function firstForm(flat, key) {
  return [...flat].find(([other]) => other.startsWith(`${key}_`))?.[1];
}

/**
 * The ids the data gives a data namespace (partners or community); none for other namespaces.
 * @param {import('./load.mjs').Project} project
 * @param {string} ns
 */
function dataIdsOf(project, ns) {
  const kind = DATA_NAMESPACES[/** @type {keyof typeof DATA_NAMESPACES} */ (ns)]?.kind;
  if (!kind || !project.data) return new Set();
  return new Set(kind === 'partners' ? project.data.partners : project.data.community);
}

/** Is the namespace's content driven by public/data/partners.json? */
export const isDataNamespace = (/** @type {string} */ ns) => ns in DATA_NAMESPACES;

/**
 * Loads the project at `root` and checks it.
 * @param {string} root
 */
export function checkLocales(root) {
  return checkProject(loadProject(root));
}
