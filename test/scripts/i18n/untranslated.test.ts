// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { acceptTranslations } from '../../../scripts/i18n/accept.mjs';
import { checkLocales } from '../../../scripts/i18n/check.mjs';
import { loadProject } from '../../../scripts/i18n/load.mjs';
import { fixtureRoot } from './fixtures';

/**
 * The fixture: Chinese source; English with a text left in Chinese and one half in Chinese;
 * Japanese copied partly from English and partly from Chinese; Traditional Chinese (zh-TW), which
 * may keep the source's wording. Each has one partner, whose name and speaker are proper names.
 * "Volcano" is on the same-in-every-language list.
 */
const untranslatedOf = () =>
  checkLocales(fixtureRoot('untranslated'))
    .findings.filter((finding) => finding.kind === 'untranslated')
    .map(({ severity, file, key, line, column, message }) => ({ severity, file, key, line, column, message }));

describe('i18n check: text that is present but not translated', () => {
  it('reports English text still in Chinese, wholly or in part', () => {
    expect(untranslatedOf().filter((finding) => finding.file === 'locales/en/common.json')).toEqual([
      {
        severity: 'error',
        file: 'locales/en/common.json',
        key: 'retry',
        line: 4,
        column: 3,
        message: 'Still in Chinese: “重试”. Translate it.',
      },
      {
        severity: 'error',
        file: 'locales/en/common.json',
        key: 'close',
        line: 5,
        column: 3,
        message: 'Still in Chinese: “关闭”. Translate it.',
      },
    ]);
  });

  it('reports a text identical to the Chinese source, or copied from another language', () => {
    expect(untranslatedOf().filter((finding) => finding.file.startsWith('locales/ja/'))).toEqual([
      expect.objectContaining({
        key: 'title',
        line: 2,
        column: 3,
        message: expect.stringMatching(/^Same as the en text: copied, not translated yet\./),
      }),
      expect.objectContaining({
        key: 'retry',
        line: 4,
        column: 3,
        message: expect.stringMatching(/^Same as the Chinese source: not translated yet\./),
      }),
      expect.objectContaining({ file: 'locales/ja/partners.json', key: 'acme.quote', line: 2, column: 50 }),
    ]);
  });

  it('lets a proper name (a partner, a speaker, a company) be written alike in several languages', () => {
    // "ACME" is the same in every file and "Li Lei" in English and Japanese, yet both are right.
    expect(untranslatedOf().filter((finding) => /\.(name|speaker)$/.test(finding.key ?? ''))).toEqual([]);
  });

  it('leaves alone names on the list, texts of only placeholders, and a variant of the source language', () => {
    const keys = untranslatedOf().map((finding) => `${finding.file} ${finding.key}`);
    expect(keys.filter((key) => key.endsWith(' brand') || key.endsWith(' progress'))).toEqual([]);
    expect(keys.filter((key) => key.includes('/zh-TW/'))).toEqual([]);
  });

  it('counts untranslated texts as not translated in the coverage', () => {
    const coverage = checkLocales(fixtureRoot('untranslated')).coverage;
    expect(coverage.map(({ lng, ns, translated, total }) => `${lng} ${ns} ${translated}/${total}`)).toEqual([
      'zh common 5/5',
      'zh partners 3/3',
      'en common 3/5',
      'en partners 3/3',
      'ja common 3/5',
      'ja partners 2/3',
      'zh-TW common 5/5',
      'zh-TW partners 3/3',
    ]);
  });

  it('i18n:accept refuses an untranslated text and says why', () => {
    const { accepted, refused } = acceptTranslations(loadProject(fixtureRoot('untranslated')), 'ja', ['common']);
    expect(accepted.map((item) => item.key)).toEqual(['brand', 'close', 'progress']);
    expect(refused).toEqual([
      { lng: 'ja', ns: 'common', key: 'title', reason: expect.stringContaining('Same as the en text') },
      { lng: 'ja', ns: 'common', key: 'retry', reason: expect.stringContaining('Same as the Chinese source') },
    ]);
  });
});
