// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../scripts/i18n/load.mjs';
import { findTestLiterals, localeFragments, testLiteralFindings } from '../../../scripts/i18n/test-literals.mjs';
import { fixtureRoot } from './fixtures';

/** The fixture project's test/app/card-fixture.tsx spells out some of its locale texts, and avoids others. */
const root = fixtureRoot('test-literals');
const literals = () => findTestLiterals(root, localeFragments(loadProject(root)));

describe('locale texts written out in tests', () => {
  it('finds them in strings, regular expressions, templates and JSX, with file, line, column and key', () => {
    expect(literals().map(({ file, line, column, text, keys }) => `${file}:${line}:${column} ${text} ${keys.join(',')}`)).toEqual([
      'test/app/card-fixture.tsx:7:14 Retry en common:retry',
      // A regular expression with the i flag matches whatever the case.
      'test/app/card-fixture.tsx:8:14 Retry en common:retry',
      // "Showing {{count}} of {{total}} partners": the pieces between placeholders count.
      'test/app/card-fixture.tsx:9:14 Showing en common:results',
      'test/app/card-fixture.tsx:10:14 位合作伙伴 zh common:results',
      'test/app/card-fixture.tsx:11:14 (opens in a new tab) en common:tab',
      'test/app/card-fixture.tsx:16:27 Close en common:close',
      'test/app/card-fixture.tsx:19:34 Close en common:close',
      'test/app/card-fixture.tsx:19:42 Retry en common:retry',
    ]);
  });

  it('leaves alone test names, comments, other words, ids, proper names and the fixtures folder', () => {
    const lines = new Set(literals().map((literal) => literal.line));
    // 1: a comment; 6: the test's name; 12: "Closed" is not "Close"; 13: "carousel" reads as an id;
    // 14: a partner's name; 15: a key.
    for (const line of [1, 6, 12, 13, 14, 15]) expect(lines.has(line)).toBe(false);
    expect(literals().every((literal) => literal.file.startsWith('test/app/'))).toBe(true);
  });

  it('warns by default and fails with --strict, naming the locale file to take the text from', () => {
    const [first] = literals();
    const strict = testLiteralFindings(literals(), { strict: true });
    expect(testLiteralFindings(literals(), { strict: false }).every((finding) => finding.severity === 'warning')).toBe(true);
    expect(strict.every((finding) => finding.severity === 'error')).toBe(true);
    expect(strict[0]).toEqual({
      severity: 'error',
      kind: 'test-literal',
      file: first?.file,
      line: 7,
      column: 14,
      message:
        'The locale text “Retry” (en common:retry) is written out in the test. Take it from the locale file (en.common.retry), so that a wording change does not break the test.',
    });
  });
});
