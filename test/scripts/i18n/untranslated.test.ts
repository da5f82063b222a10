import { describe, expect, it } from 'vitest';
import { acceptTranslations } from '../../../scripts/i18n/accept.mjs';
import { checkLocales } from '../../../scripts/i18n/check.mjs';
import { loadProject } from '../../../scripts/i18n/load.mjs';
import { fixtureRoot } from './fixtures';

/**
 * The fixture: Chinese source; English with a text left in Chinese and one half in Chinese;
 * Japanese copied partly from English and partly from Chinese; Traditional Chinese (zh-TW), which
 * may keep the source's wording. "Volcano" is on the same-in-every-language list.
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
    expect(untranslatedOf().filter((finding) => finding.file === 'locales/ja/common.json')).toEqual([
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
    ]);
  });

  it('leaves alone names on the list, texts of only placeholders, and a variant of the source language', () => {
    const keys = untranslatedOf().map((finding) => `${finding.file} ${finding.key}`);
    expect(keys.filter((key) => key.endsWith(' brand') || key.endsWith(' progress'))).toEqual([]);
    expect(keys.filter((key) => key.includes('/zh-TW/'))).toEqual([]);
  });

  it('counts untranslated texts as not translated in the coverage', () => {
    const coverage = checkLocales(fixtureRoot('untranslated')).coverage;
    expect(coverage.map(({ lng, translated, total }) => `${lng} ${translated}/${total}`)).toEqual([
      'zh 5/5',
      'en 3/5',
      'ja 3/5',
      'zh-TW 5/5',
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
