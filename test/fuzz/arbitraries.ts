import fc from 'fast-check';
import { INDUSTRIES } from '@/features/partners/industries';

/**
 * Random and hostile inputs for the data file and the partner texts: what a careless edit, a bad
 * merge or an attacker who controls the data could put there.
 */
const SCHEMES = [
  'javascript:',
  'JaVaScRiPt:',
  ' javascript:',
  'java\tscript:',
  'data:',
  'vbscript:',
  'file:',
  'mailto:',
  'ftp:',
  'blob:',
  'about:',
];

/**
 * Pieces that URL parsers and path checks read in surprising ways: browsers read a backslash as
 * "/" and drop tabs and newlines, "%2e" is ".", "//" starts a host, "\\" after "/" starts one that
 * is not there. Strings built from them find that whole class on every run, where random strings
 * hit it once in a while.
 */
const TRICKY_PIECES = [
  '\\',
  '/',
  '//',
  '..',
  '.',
  '%',
  '%2e',
  '%2F',
  '%5C',
  '%00',
  '\t',
  '\n',
  ' ',
  ':',
  '?',
  '#',
  '@',
  'é',
  '中',
  '\u202e',
  '\u{1f30b}',
  'logos',
  'a.svg',
  'https:',
  'javascript:',
  'evil.example',
];
export const trickyString = fc.string({ unit: fc.constantFrom(...TRICKY_PIECES), minLength: 1, maxLength: 6 });

const hostileUrl = fc.oneof(
  fc.constantFrom(...SCHEMES).chain((scheme) => fc.string({ maxLength: 20 }).map((rest) => `${scheme}${rest}`)),
  fc.constantFrom(
    'javascript:alert(1)',
    'javascript://%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    '//evil.example/x.svg',
    '\\\\evil.example\\x.svg',
    '\\',
    '/\\',
    '\t\\/',
    '%',
    '%%2e%2e',
    '/%2e%2e/',
    '..',
    '//',
    '\u{1f30b}.svg',
    '../../etc/passwd',
    'logos/../../secret.svg',
    'https:evil.example',
    'http://',
    'https://',
    '',
    '   ',
  ),
);

export const urlLike = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ validSchemes: ['http', 'https'] }) },
  { weight: 3, arbitrary: hostileUrl },
  { weight: 2, arbitrary: trickyString },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('logos/baidu.svg', '/logos/360.svg', 'logos/missing.svg') },
);

const validId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
const anyId = fc.oneof(
  { weight: 3, arbitrary: validId },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'Not-Kebab', 'a--b', '-a', '', 'hasOwnProperty') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: trickyString },
);

const industryLike = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...INDUSTRIES) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'AI', 'unknown', '') },
  { weight: 1, arbitrary: trickyString },
);

/** A record that is mostly well formed, with any field possibly wrong. */
export const partnerRecord = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        id: validId,
        logo: urlLike,
        website: urlLike,
        industries: fc.array(industryLike, { minLength: 1, maxLength: 4 }),
        featured: fc.boolean(),
      },
      { requiredKeys: ['id', 'industries'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        id: fc.oneof(anyId, fc.anything()),
        logo: fc.oneof(urlLike, fc.anything()),
        website: fc.oneof(urlLike, fc.anything()),
        industries: fc.oneof(fc.array(industryLike, { maxLength: 4 }), fc.anything()),
        featured: fc.oneof(fc.boolean(), fc.anything()),
      },
      { requiredKeys: [] },
    ),
  },
);

/** A community list: well formed, with bad or repeated names among good ones, or not a list at all. */
const communityList = fc.oneof(
  { weight: 4, arbitrary: fc.array(validId, { maxLength: 5 }) },
  { weight: 2, arbitrary: fc.array(fc.oneof(anyId, fc.constantFrom('red-hat', 'Not An Id'), fc.anything()), { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** Anything a partners.json might hold: a plausible file, a broken one, or no file shape at all. */
export const dataFile = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        partners: fc.array(fc.oneof({ weight: 8, arbitrary: partnerRecord }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 30 }),
        community: fc.oneof(
          { weight: 6, arbitrary: fc.record({ contributors: communityList, users: communityList }, { requiredKeys: [] }) },
          { weight: 1, arbitrary: fc.anything() },
        ),
      },
      { requiredKeys: ['partners'] },
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
  // JSON.parse turns "__proto__" into an own key: the shape an attacker would send.
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '{"partners":[],"__proto__":{"polluted":1}}',
        '{"partners":[{"id":"x","industries":["ai"],"__proto__":{"polluted":1}}]}',
      )
      .map((json) => JSON.parse(json) as unknown),
  },
);

/** Text a translator (or an attacker) could put in a locale file, including what is not text. */
export const hostileText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '{{name}} {{count}}',
      '$t(nothing.here)',
      '\u202eevil\u202c',
      '\u200b',
      '   ',
      '',
      'ok',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 2 }).map((seed) => seed.repeat(3_000)) },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 })),
  },
);

export const partnerTexts = fc.record(
  { name: hostileText, speaker: hostileText, title: hostileText, quote: hostileText },
  { requiredKeys: [] },
);
