// @ts-check
/** The rules that tie the locales to the rest of the project: the data, the code, the taxonomy, the notes. */
import { DATA_NAMESPACES, DYNAMIC_KEY_PREFIXES, INDUSTRY_PREFIX } from './config.mjs';
import { likelyMisspellings } from './did-you-mean.mjs';
import { placeOfKey } from './json-file.mjs';
import { hasKeyOrPlural, isText, pluralBase } from './keys.mjs';
import { isPattern, metaFor } from './meta.mjs';
import { checkDuplicateKeys } from './rules-locale.mjs';

/** @typedef {import('./check.mjs').Report} Report */
/** @typedef {import('./load.mjs').Project} Project */
/** @typedef {import('./load.mjs').LocaleFileOk} LocaleFileOk */

/**
 * Every partner and community id of public/data/partners.json has text in the locale; every text
 * belongs to an id of the data. Returns the ids reported, so the key-by-key rules skip them.
 * @param {{ project: Project, lng: string, ns: string, file: LocaleFileOk, report: Report }} input
 * @returns {Set<string>}
 */
export function checkDataTexts({ project, lng, ns, file, report }) {
  const reported = new Set();
  const config = DATA_NAMESPACES[/** @type {keyof typeof DATA_NAMESPACES} */ (ns)];
  const data = project.data;
  if (!config || !data || data.error) return reported;
  const ids = config.kind === 'partners' ? data.partners : data.community;
  const what = config.kind === 'partners' ? 'Partner' : 'Community company';
  const value = /** @type {Record<string, unknown>} */ (file.value ?? {});
  const at = (/** @type {string} */ key) => ({ file: file.path, ...placeOfKey(file, key), lng, ns, key });
  const missing = ids.filter((id) => value[id] === undefined);
  const unknown = Object.keys(value).filter((id) => !ids.includes(id));
  const misspelled = likelyMisspellings(unknown, missing);
  for (const id of [...missing, ...unknown]) reported.add(id);
  for (const [written, expected] of misspelled) {
    report({
      severity: 'error',
      kind: 'misspelled-key',
      ...at(written),
      message: `There is no ${what.toLowerCase()} "${written}" in ${data.path}, and "${expected}" has no text here: did you mean "${expected}"? Correct the id's spelling.`,
    });
  }
  const meant = new Set(misspelled.values());
  for (const id of missing) {
    if (meant.has(id)) continue;
    report({
      severity: 'error',
      kind: 'data-missing',
      file: file.path,
      lng,
      ns,
      key: id,
      message: `${what} "${id}" (listed in ${data.path}) has no text in this language.`,
    });
  }
  for (const id of unknown) {
    if (misspelled.has(id)) continue;
    report({
      severity: 'warning',
      kind: 'unknown-id',
      ...at(id),
      message: `There is no ${what.toLowerCase()} "${id}" in ${data.path}, so this text is never shown. Check the id's spelling.`,
    });
  }
  if (config.kind === 'partners' && lng === project.source) {
    for (const id of ids) if (value[id] !== undefined) checkPartnerFields({ id, entry: value[id], at, report });
  }
  return reported;
}

/**
 * A partner of the source has its required fields, and no field the page does not know: a
 * misspelled "qoute" would otherwise leave the partner without a quote and say nothing.
 * @param {{ id: string, entry: unknown, at: (key: string) => Omit<import('./check.mjs').Finding, 'severity' | 'kind' | 'message'>, report: Report }} input
 */
function checkPartnerFields({ id, entry, at, report }) {
  const { fields, requiredFields } = DATA_NAMESPACES.partners;
  const record = /** @type {Record<string, unknown>} */ (entry && typeof entry === 'object' ? entry : {});
  const unknown = Object.keys(record).filter((field) => !fields.includes(field));
  const absent = fields.filter((field) => record[field] === undefined);
  const misspelled = likelyMisspellings(unknown, absent);
  for (const field of unknown) {
    const expected = misspelled.get(field);
    report({
      severity: expected ? 'error' : 'warning',
      kind: expected ? 'misspelled-key' : 'unknown-field',
      ...at(`${id}.${field}`),
      message: expected
        ? `Partners have no field "${field}": did you mean "${expected}"? Correct the spelling; the text can stay.`
        : `Partners have no field "${field}" (they have ${fields.join(', ')}), so the page never shows it.`,
    });
  }
  const meant = new Set(misspelled.values());
  for (const field of requiredFields) {
    if (isText(record[field]) || meant.has(field)) continue;
    report({ severity: 'error', kind: 'data-missing', ...at(id), key: `${id}.${field}`, message: `Partner "${id}" has no ${field}.` });
  }
}

/**
 * Keys the code asks for exist in the source; source keys no code asks for are reported (never
 * deleted). Industry labels come from the taxonomy, partner and community texts from the data.
 * @param {{ project: Project, report: Report }} input
 */
export function checkCodeKeys({ project, report }) {
  const { code } = project;
  if (!code) return;
  const sourceOf = (/** @type {string} */ ns) => {
    const file = project.files.get(`${project.source}/${ns}`);
    return file?.ok ? file : undefined;
  };
  for (const use of code.uses) {
    const file = sourceOf(use.ns);
    if (!file && project.files.has(`${project.source}/${use.ns}`)) continue; // invalid JSON is reported already
    const exists = use.prefix
      ? [...(file?.flat.keys() ?? [])].some((key) => key.startsWith(use.key))
      : !!file && hasKeyOrPlural(file.flat, use.key);
    if (exists) continue;
    const shown = use.prefix ? `${use.ns}:${use.key}…` : `${use.ns}:${use.key}`;
    report({
      severity: 'error',
      kind: 'code-missing',
      file: use.file,
      line: use.line,
      ns: use.ns,
      key: use.key,
      message: `The code uses ${shown}, which locales/${project.source}/${use.ns}.json does not have. Add it to the Chinese file (and its translations).`,
    });
  }
  const dynamicNamespaces = new Set();
  for (const use of code.dynamic) {
    if (use.ns in DATA_NAMESPACES) continue; // ids from the data: checked against the data instead
    dynamicNamespaces.add(use.ns);
    report({
      severity: 'warning',
      kind: 'dynamic-key',
      file: use.file,
      line: use.line,
      ns: use.ns,
      message: `The key t(${use.text}) is computed at run time, so unused keys of "${use.ns}" cannot be told. Write it as a template such as \`prefix.\${id}\`, or list the prefix in scripts/i18n/config.mjs.`,
    });
  }
  for (const ns of project.namespaces) {
    const file = sourceOf(ns);
    if (!file || ns in DATA_NAMESPACES || dynamicNamespaces.has(ns)) continue;
    const uses = code.uses.filter((use) => use.ns === ns);
    const literal = new Set(uses.filter((use) => !use.prefix).map((use) => use.key));
    const prefixes = [...uses.filter((use) => use.prefix).map((use) => use.key), ...DYNAMIC_KEY_PREFIXES];
    if (ns === 'common' && project.taxonomy) prefixes.push(INDUSTRY_PREFIX);
    for (const key of file.flat.keys()) {
      if (literal.has(key) || literal.has(pluralBase(key)) || prefixes.some((prefix) => key.startsWith(prefix))) continue;
      report({
        severity: 'warning',
        kind: 'unused',
        file: file.path,
        ...placeOfKey(file, key),
        lng: project.source,
        ns,
        key,
        message: 'No code uses this key. It stays until a developer removes it; there is no need to translate it.',
      });
    }
  }
}

/**
 * Every industry of the taxonomy has a label; no label is left for an industry that is gone.
 * @param {{ project: Project, report: Report }} input
 */
export function checkTaxonomy({ project, report }) {
  const file = project.files.get(`${project.source}/common`);
  if (!project.taxonomy || !file?.ok) return;
  for (const id of project.taxonomy) {
    const key = `${INDUSTRY_PREFIX}${id}`;
    if (!isText(file.flat.get(key)))
      report({
        severity: 'error',
        kind: 'industry-missing',
        file: file.path,
        lng: project.source,
        ns: 'common',
        key,
        message: `The industry "${id}" (src/features/partners/industries.ts) has no label.`,
      });
  }
  for (const key of file.flat.keys()) {
    if (key.startsWith(INDUSTRY_PREFIX) && !project.taxonomy.includes(key.slice(INDUSTRY_PREFIX.length)))
      report({
        severity: 'warning',
        kind: 'industry-unknown',
        file: file.path,
        ...placeOfKey(file, key),
        lng: project.source,
        ns: 'common',
        key,
        message: 'A label for an industry that is not in the taxonomy: it is never shown.',
      });
  }
}

/**
 * Every UI key has a note for translators, and no note describes a key that is gone.
 * @param {{ project: Project, report: Report }} input
 */
export function checkMeta({ project, report }) {
  for (const ns of project.namespaces) {
    const file = project.files.get(`${project.source}/${ns}`);
    const meta = project.meta.get(ns);
    if (meta?.error) {
      report({
        severity: 'error',
        kind: 'invalid-json',
        file: meta.path,
        line: meta.error.line,
        column: meta.error.column,
        ns,
        message: meta.error.message,
      });
      continue;
    }
    if (meta) checkDuplicateKeys({ file: meta, ns, report });
    if (!file?.ok) continue;
    const bases = new Set([...file.flat.keys()].map(pluralBase));
    for (const key of Object.keys(meta?.entries ?? {})) {
      if (!isPattern(key) && !bases.has(key))
        report({
          severity: 'warning',
          kind: 'meta-unknown',
          file: meta?.path ?? '',
          ...(meta ? placeOfKey(meta, key) : {}),
          ns,
          key,
          message: `A note for a key that locales/${project.source}/${ns}.json does not have. Rename or remove the note.`,
        });
    }
    for (const key of file.flat.keys()) {
      if (!metaFor(meta?.entries, key)?.description)
        report({
          severity: 'warning',
          kind: 'meta-missing',
          file: `locales/_meta/${ns}.json`,
          lng: project.source,
          ns,
          key,
          message: 'No description for translators yet: add one to the notes file.',
        });
    }
  }
}

/**
 * The glossary and the same-in-every-language list are read like the notes: a file that does not
 * parse, or an entry of the wrong shape, is reported instead of being silently ignored.
 * @param {{ project: Project, report: Report }} input
 */
export function checkSideFiles({ project, report }) {
  for (const side of [project.glossary, project.sameEverywhere]) {
    if (!side) continue;
    if (side.error) {
      report({
        severity: 'error',
        kind: 'invalid-json',
        file: side.path,
        line: side.error.line,
        column: side.error.column,
        message: `The file cannot be read: ${side.error.message}`,
      });
      continue;
    }
    if (side === project.sameEverywhere) {
      const { texts } = side.entries;
      if (!Array.isArray(texts) || texts.some((text) => typeof text !== 'string'))
        report({
          severity: 'error',
          kind: 'side-file-shape',
          file: side.path,
          ...placeOfKey(side, 'texts'),
          message: 'Expected "texts": a list of texts in double quotes, such as ["Volcano", "CNCF"].',
        });
      continue;
    }
    for (const [term, entry] of Object.entries(side.entries)) {
      if (term.startsWith('$')) continue;
      const ok =
        entry &&
        typeof entry === 'object' &&
        !Array.isArray(entry) &&
        Object.entries(entry).every(([lng, wording]) =>
          lng === 'note' ? typeof wording === 'string' : isText(wording) || (Array.isArray(wording) && wording.every(isText)),
        );
      if (!ok)
        report({
          severity: 'error',
          kind: 'side-file-shape',
          file: side.path,
          ...placeOfKey(side, term),
          key: term,
          message: 'Expected { "<language>": "required translation", "note": "why" }, for example { "en": "Baidu" }.',
        });
    }
  }
}
