// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findingsOf } from './fixtures';

describe('i18n check: a misspelled key is named together with the key it misses', () => {
  const findings = findingsOf('misspelled-key');

  it('reports each misspelling once, at the misspelled key, with the key it should be', () => {
    expect(
      findings
        .filter((finding) => finding.kind === 'misspelled-key')
        .map(({ severity, file, key, line, column, message }) => ({ severity, file, key, line, column, message })),
    ).toEqual([
      {
        severity: 'error',
        file: 'locales/en/common.json',
        key: 'detail.colse',
        line: 3,
        column: 5,
        message: expect.stringContaining(
          'The Chinese source has no key "detail.colse", and "detail.close" is missing here: did you mean "detail.close"?',
        ),
      },
      {
        severity: 'error',
        file: 'locales/en/partners.json',
        key: 'biadu',
        line: 2,
        column: 3,
        message: expect.stringContaining(
          'There is no partner "biadu" in public/data/partners.json, and "baidu" has no text here: did you mean "baidu"?',
        ),
      },
      {
        severity: 'error',
        file: 'locales/en/partners.json',
        key: 'globex.qoute',
        line: 4,
        column: 33,
        message: expect.stringContaining('did you mean "globex.quote"?'),
      },
      {
        severity: 'error',
        file: 'locales/zh/partners.json',
        key: 'acme.qoute',
        line: 3,
        column: 28,
        message: expect.stringContaining('Partners have no field "qoute": did you mean "quote"?'),
      },
    ]);
  });

  it('does not also report the pair as a missing and an extra key', () => {
    const kinds = new Set(['missing', 'extra', 'data-missing', 'unknown-id', 'unknown-field']);
    expect(findings.filter((finding) => kinds.has(finding.kind))).toEqual([]);
  });
});
