// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findingsOf } from './fixtures';

describe('i18n check: the glossary, in every file', () => {
  it('requires the glossary wording wherever the Chinese has the term: partners and community alike', () => {
    const glossary = findingsOf('glossary')
      .filter((finding) => finding.kind === 'glossary')
      .map(({ severity, file, key, line, column, message }) => ({ severity, file, key, line, column, message }));
    expect(glossary).toEqual([
      {
        severity: 'error',
        file: 'locales/en/common.json',
        key: 'join',
        line: 3,
        column: 3,
        message:
          "The Chinese has “共建计划”, which the glossary (locales/_meta/glossary.json) translates as “co-construction program” or “co-construction programme”; this text does not have it. The program's name.",
      },
      {
        severity: 'error',
        file: 'locales/en/community.json',
        key: 'baidu',
        line: 2,
        column: 3,
        message:
          'The Chinese has “百度”, which the glossary (locales/_meta/glossary.json) translates as “Baidu”; this text does not have it.',
      },
      {
        severity: 'error',
        file: 'locales/en/partners.json',
        key: 'baidu.name',
        line: 2,
        column: 14,
        message:
          'The Chinese has “百度”, which the glossary (locales/_meta/glossary.json) translates as “Baidu”; this text does not have it.',
      },
    ]);
    // "Co-construction Program" in a heading matches: case does not count.
    expect(glossary.some((finding) => finding.key === 'title')).toBe(false);
  });
});

describe('i18n check: the glossary and the same-in-every-language list are read, not ignored', () => {
  it('reports an entry of the wrong shape at its line', () => {
    expect(
      findingsOf('side-files')
        .filter((finding) => finding.kind === 'side-file-shape')
        .map(({ file, line, column, message }) => ({ file, line, column, message })),
    ).toEqual([
      {
        file: 'locales/_meta/glossary.json',
        line: 3,
        column: 3,
        message: 'Expected { "<language>": "required translation", "note": "why" }, for example { "en": "Baidu" }.',
      },
      {
        file: 'locales/_meta/same-in-every-language.json',
        line: 2,
        column: 3,
        message: 'Expected "texts": a list of texts in double quotes, such as ["Volcano", "CNCF"].',
      },
    ]);
  });
});
