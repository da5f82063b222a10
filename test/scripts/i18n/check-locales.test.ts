// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkLocales } from '../../../scripts/i18n/check.mjs';
import { findingsOf, fixtureRoot, summary } from './fixtures';

describe('i18n check: locale files against the Chinese source', () => {
  it('finds nothing in a clean set, plural forms included', () => {
    const { findings, coverage } = checkLocales(fixtureRoot('valid'));
    expect(findings).toEqual([]);
    expect(coverage).toEqual([
      { lng: 'zh', ns: 'common', total: 2, translated: 2, stale: 0 },
      { lng: 'en', ns: 'common', total: 2, translated: 2, stale: 0 },
    ]);
  });

  it('reports invalid JSON with file, line and column, in words a translator can act on', () => {
    const findings = summary(findingsOf('invalid-json'), 'invalid-json');
    expect(findings).toEqual([
      // The comma is missing at the end of line 2: the finding points there, not at the next key.
      { severity: 'error', file: 'locales/en/common.json', key: undefined, line: 2 },
      // A comma after the last entry: the finding points at the comma, not at the closing brace.
      { severity: 'error', file: 'locales/ja/common.json', key: undefined, line: 3 },
    ]);
    const [en, ja] = findingsOf('invalid-json').filter((finding) => finding.kind === 'invalid-json');
    expect(en).toMatchObject({ column: 19, message: expect.stringContaining('A comma is missing here') });
    expect(ja).toMatchObject({ column: 15, message: expect.stringContaining('remove this comma') });
  });

  it('reports missing and empty texts as errors and extra keys as warnings', () => {
    const findings = findingsOf('missing-extra-empty');
    expect(summary(findings, 'missing')).toEqual([
      { severity: 'error', file: 'locales/en/common.json', key: 'menu.close', line: undefined },
    ]);
    expect(summary(findings, 'empty')).toEqual([{ severity: 'error', file: 'locales/en/common.json', key: 'title', line: 2 }]);
    expect(summary(findings, 'extra')).toEqual([{ severity: 'warning', file: 'locales/en/common.json', key: 'menu.shut', line: 5 }]);
  });

  it('reports lost, renamed and extra placeholders and tags, but not a number format chosen per language', () => {
    const findings = findingsOf('placeholders');
    expect(summary(findings, 'placeholder')).toEqual([
      { severity: 'error', file: 'locales/en/common.json', key: 'results', line: 2 },
      { severity: 'error', file: 'locales/en/common.json', key: 'notice', line: 3 },
    ]);
    const [results, notice] = findings.filter((finding) => finding.kind === 'placeholder');
    expect(results?.message).toContain('missing {{count}}; not in the source {{cnt}}');
    expect(results?.source).toBe('显示 {{count}} / {{total}} 位合作伙伴');
    expect(notice?.message).toContain('missing <strong> </strong>');
  });

  it('needs every plural form of the language: without _one, English shows another language for 1', () => {
    expect(summary(findingsOf('plural-forms'), 'plural-forms')).toEqual([
      { severity: 'error', file: 'locales/en/common.json', key: 'countdown', line: 2 },
    ]);
  });

  it('reports texts over the length the notes allow, per language', () => {
    expect(summary(findingsOf('too-long'), 'too-long')).toEqual([
      { severity: 'error', file: 'locales/en/common.json', key: 'button', line: 2 },
      // {{name}} counts as nothing: 9 characters of text against a limit of 8 for Chinese.
      { severity: 'error', file: 'locales/zh/common.json', key: 'chip', line: 3 },
    ]);
    const button = findingsOf('too-long').find((finding) => finding.key === 'button' && finding.kind === 'too-long');
    expect(button?.context).toBe('Retry button. At most 12 characters.');
  });
});
