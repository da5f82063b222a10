// @ts-check
/**
 * What the translator check knows about this project. Paths are relative to the project root, so
 * the same checker runs over the real project and over the fixture projects in test/fixtures/i18n.
 */

/** The language every other one is translated from. */
export const SOURCE_LANGUAGE = 'zh';

/** Where things live, relative to the root the check is given. */
export const PATHS = {
  locales: 'locales',
  /** Translator notes and the source hashes; a folder starting with "_" is never a language. */
  meta: 'locales/_meta',
  sourceHashes: 'locales/_meta/source-hashes.json',
  /** Source terms and their required translation per language, checked in every file. */
  glossary: 'locales/_meta/glossary.json',
  /** Names and terms written the same in every language (Volcano, CNCF, 360): never "untranslated". */
  sameEverywhere: 'locales/_meta/same-in-every-language.json',
  data: 'public/data/partners.json',
  src: 'src',
  industries: 'src/features/partners/industries.ts',
};

/**
 * Namespaces whose keys come from public/data/partners.json rather than from code:
 * partners.json holds { "<partner id>": { name, speaker, title, quote, highlight } },
 * community.json holds { "<company id>": "name" } for the data's community lists.
 * A highlight (a sentence or two of the quote, for the booth display) is required once the source
 * has one: see rules-highlight.mjs.
 */
export const DATA_NAMESPACES = {
  partners: {
    kind: 'partners',
    fields: ['name', 'speaker', 'title', 'quote', 'highlight'],
    requiredFields: ['name', 'quote'],
    /** Proper names, often written alike in many languages (Baidu, Zhou Ti): never "copied". */
    nameFields: ['name', 'speaker'],
  },
  /** Every text is a company's name. */
  community: { kind: 'community' },
};

/**
 * Keys under this prefix of common.json are the industry labels; the ids come from the taxonomy
 * (INDUSTRIES in src/features/partners/industries.ts), not from code.
 */
export const INDUSTRY_PREFIX = 'industry.';

/**
 * Keys that code builds at run time and the scanner cannot see as a template literal, with why.
 * Template literals such as t(`program.stats.${id}`) are recognised by themselves.
 */
/** @type {string[]} */
export const DYNAMIC_KEY_PREFIXES = [];

/**
 * The languages the page falls back to, in order, after the source (FALLBACK_ORDER in
 * src/features/language/i18n.ts). A text of another language that is identical to theirs was
 * copied, not translated; theirs is not reported for being identical to a newer language's.
 */
export const FALLBACK_LANGUAGES = ['en'];

/** Languages written in Han characters: the Chinese typography rules apply to them. */
export const HAN_LANGUAGES = /^(zh|ja)(-|$)/i;
