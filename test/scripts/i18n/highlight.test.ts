// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isExcerpt } from '../../../scripts/i18n/rules-highlight.mjs';
import { findingsOf } from './fixtures';

const brief = (kinds: string[], name = 'highlight') =>
  findingsOf(name)
    .filter((finding) => kinds.includes(finding.kind))
    .map(({ severity, file, key, line, column, message }) => ({ severity, file, key, line, column, message }));

describe('i18n check: partner highlights for the booth display', () => {
  it('requires a highlight for every quote once the Chinese has one, and its translation in every language', () => {
    expect(brief(['highlight-missing', 'missing'])).toEqual([
      {
        severity: 'error',
        file: 'locales/en/partners.json',
        key: 'a.highlight',
        line: undefined,
        column: undefined,
        message: 'Not translated yet: the key is missing.',
      },
      {
        severity: 'error',
        file: 'locales/zh/partners.json',
        key: 'c.highlight',
        line: 4,
        column: 3,
        message: expect.stringContaining('Partner "c" has a quote but no highlight'),
      },
    ]);
  });

  it('in Chinese, takes the highlight word for word from the quote and points where it differs', () => {
    expect(brief(['highlight-not-in-quote'])).toEqual([
      {
        severity: 'error',
        file: 'locales/zh/partners.json',
        key: 'b.highlight',
        line: 3,
        // "调度能力很好。": the sixth character is where it leaves the quote ("调度能力很强。").
        column: 71,
        message: expect.stringContaining('It follows the quote up to “调度能力很”, then differs here.'),
      },
    ]);
  });

  it('limits the length per language from the translator note (60 in Chinese, 160 otherwise)', () => {
    expect(brief(['too-long']).map(({ file, key, message }) => ({ file, key, message }))).toEqual([
      { file: 'locales/en/partners.json', key: 'e.highlight', message: 'The text has 175 characters; there is room for 160. Shorten it.' },
      { file: 'locales/zh/partners.json', key: 'e.highlight', message: 'The text has 70 characters; there is room for 60. Shorten it.' },
    ]);
  });

  it('requires nothing while no Chinese highlight is written yet', () => {
    // partner-ids has quotes and no highlights at all.
    expect(brief(['highlight-missing', 'highlight-not-in-quote', 'highlight-without-quote'], 'partner-ids')).toEqual([]);
  });

  it('accepts a piece of the quote, or whole sentences of it in their order; nothing else', () => {
    const quote = '第一句。第二句，有逗号。第三句！';
    expect(isExcerpt('第二句，有逗号', quote)).toBe(true);
    expect(isExcerpt('  第一句。第三句！ ', quote)).toBe(true);
    expect(isExcerpt('第一句。 第三句！', quote)).toBe(true);
    expect(isExcerpt('第三句！第一句。', quote)).toBe(false);
    expect(isExcerpt('第一句。第三句', quote)).toBe(false);
    expect(isExcerpt('第一句，第二句。', quote)).toBe(false);
  });
});
