// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findingsOf } from './fixtures';

const ofKind = (kind: string) =>
  findingsOf('form')
    .filter((finding) => finding.kind === kind)
    .map(({ severity, file, key, line, column, message }) => ({ severity, file, key, line, column, message }));

describe('i18n check: the form of a text beside its words', () => {
  it('points at a leading, a doubled and a trailing space; in a verbatim Chinese quote only warns', () => {
    expect(ofKind('spacing')).toEqual([
      // "lead": " Welcome to the  Volcano community. " — the text starts at column 12 of line 2.
      {
        severity: 'error',
        file: 'locales/en/common.json',
        key: 'lead',
        line: 2,
        column: 12,
        message: 'The text starts with a space: remove it.',
      },
      { severity: 'error', file: 'locales/en/common.json', key: 'lead', line: 2, column: 27, message: 'Two spaces in a row: keep one.' },
      {
        severity: 'error',
        file: 'locales/en/common.json',
        key: 'lead',
        line: 2,
        column: 47,
        message: 'The text ends with a space: remove it.',
      },
      // "Say \"hi\"  and go.": the column counts the file's characters, escapes included.
      {
        severity: 'error',
        file: 'locales/en/common.json',
        key: 'quoted',
        line: 8,
        column: 24,
        message: 'Two spaces in a row: keep one.',
      },
      {
        severity: 'warning',
        file: 'locales/zh/partners.json',
        key: 'acme.quote',
        line: 2,
        column: 41,
        message: 'Two spaces in a row: keep one.',
      },
    ]);
  });

  it('compares the kind of ending: 。 and "." agree, …… and … agree, and a closing quote is looked past', () => {
    expect(ofKind('ending')).toEqual([
      {
        severity: 'warning',
        file: 'locales/en/common.json',
        key: 'ask',
        line: 3,
        column: 3,
        message: expect.stringContaining('The Chinese ends with a question mark (？ ?), this text with a full stop (。 .).'),
      },
      {
        severity: 'warning',
        file: 'locales/en/common.json',
        key: 'heading',
        line: 5,
        column: 3,
        message: expect.stringContaining('The Chinese ends with no punctuation, this text with a full stop (。 .).'),
      },
    ]);
  });

  it('reports line breaks that differ from the source', () => {
    expect(ofKind('line-breaks')).toEqual([
      {
        severity: 'error',
        file: 'locales/en/common.json',
        key: 'lines',
        line: 6,
        column: 3,
        message: 'The Chinese has 1 line break (\\n) and this text 0. Keep the same line breaks: the page shows them.',
      },
    ]);
  });
});
