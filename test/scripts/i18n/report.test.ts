// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkLocales } from '../../../scripts/i18n/check.mjs';
import { formatCoverage, formatFindings, formatSummary } from '../../../scripts/i18n/report.mjs';
import { parseJson } from '../../../scripts/i18n/json-file.mjs';
import { fixtureRoot } from './fixtures';

describe('i18n check: what a translator reads', () => {
  it('prints findings by file with the key, both texts and the note for translators', () => {
    const { findings } = checkLocales(fixtureRoot('too-long'));
    const text = formatFindings(findings);
    expect(text).toContain(
      'locales/en/common.json\n  ✖ error   line 2, column 3  button\n            The text has 28 characters; there is room for 12. Shorten it.\n            context: Retry button. At most 12 characters.',
    );
  });

  it('prints coverage per language and namespace', () => {
    const { coverage } = checkLocales(fixtureRoot('missing-extra-empty'));
    expect(formatCoverage(coverage)).toBe(
      [
        'Coverage: texts translated, compared with zh',
        '  language      common       all',
        '  zh (source)   100% (3/3)   100% (3/3)',
        '  en            33% (1/3)    33% (1/3)',
      ].join('\n'),
    );
  });

  it('sums up the missing partners of a new language and the untranslated texts of a copied folder, per file', () => {
    const many = (kind: string, file: string) =>
      ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({
        severity: 'error' as const,
        kind,
        file,
        lng: 'ja',
        ns: 'partners',
        key,
        message: '',
      }));
    const text = formatFindings([...many('data-missing', 'locales/ja/partners.json'), ...many('untranslated', 'locales/ja/common.json')]);
    expect(text).toContain(
      '✖ error   6 partners or companies of public/data/partners.json have no text here yet.\n            keys: a, b, c, d, e, f',
    );
    expect(text).toContain('✖ error   6 texts are not translated: still in Chinese, or the same as the source');
  });

  it('ends with a count that says whether the check failed', () => {
    expect(formatSummary(checkLocales(fixtureRoot('missing-extra-empty')).findings)).toMatch(
      /^2 errors, \d+ warnings\. Errors must be fixed/,
    );
    expect(formatSummary([])).toBe('0 errors, 0 warnings. All good.');
  });

  it('points at the end of the file when the JSON stops early', () => {
    expect(parseJson('{\n  "a": "b"\n')).toMatchObject({
      ok: false,
      line: 3,
      column: 1,
      message: expect.stringContaining('ends too early'),
    });
  });
});
