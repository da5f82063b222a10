// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findingsOf } from './fixtures';

/**
 * Each fixture is a Chinese source and an English file with one mistake a translator makes. The
 * finding must point at the character to fix (not where JSON noticed) and name the mistake.
 */
const mistakes = [
  { name: 'trailing-comma', line: 4, column: 17, words: 'A comma after the last entry of a block: remove this comma' },
  { name: 'missing-comma', line: 3, column: 17, words: 'A comma is missing here, at the end of the entry, before the next key "note"' },
  { name: 'missing-value', line: 3, column: 11, words: 'The key "body" has no text after its colon' },
  { name: 'unclosed-text', line: 3, column: 11, words: 'The text that starts here ("Body,) is not closed' },
  { name: 'unescaped-quote', line: 3, column: 16, words: 'This straight double quote (") ends the text of "body" too early' },
  { name: 'comment', line: 3, column: 3, words: 'JSON files cannot hold comments' },
  { name: 'byte-order-mark', line: 1, column: 1, words: 'byte-order mark (BOM)' },
  { name: 'ends-too-early', line: 5, column: 1, words: 'The file ends too early: a closing } is missing.' },
];

describe('i18n check: JSON mistakes named where they are', () => {
  it.each(mistakes)('$name: line $line, column $column', ({ name, line, column, words }) => {
    const problems = findingsOf(`json/${name}`).filter((finding) => finding.kind === 'invalid-json');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'locales/en/common.json', line, column, message: expect.stringContaining(words) }),
    ]);
  });

  it('reports a duplicate key with both lines, where JSON.parse silently keeps the last', () => {
    const findings = findingsOf('json/duplicate-key');
    expect(findings.filter((finding) => finding.kind === 'duplicate-key')).toEqual([
      // In a notes file too: a note written twice loses the first.
      expect.objectContaining({ file: 'locales/_meta/common.json', key: 'title', line: 4, column: 3 }),
      expect.objectContaining({
        severity: 'error',
        file: 'locales/en/common.json',
        key: 'body',
        line: 5,
        column: 3,
        message: expect.stringContaining('written twice in this block, on lines 3 and 5. Only the last one (line 5) is used'),
      }),
    ]);
    expect(findings.some((finding) => finding.kind === 'invalid-json')).toBe(false);
  });
});
