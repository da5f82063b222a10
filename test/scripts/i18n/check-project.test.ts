// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { errorsOf, findingsOf, summary } from './fixtures';

describe('i18n check: locales against the data, the code and the taxonomy', () => {
  it('reports partner and community ids of the data with no text, and texts for unknown ids', () => {
    const findings = findingsOf('partner-ids');
    expect(summary(findings, 'data-missing')).toEqual([
      { severity: 'error', file: 'locales/en/partners.json', key: 'globex', line: undefined },
      { severity: 'error', file: 'locales/zh/community.json', key: 'umbrella', line: undefined },
      { severity: 'error', file: 'locales/zh/partners.json', key: 'globex.quote', line: 3 },
    ]);
    expect(summary(findings, 'unknown-id')).toEqual([
      { severity: 'warning', file: 'locales/en/partners.json', key: 'ghost', line: 3 },
      { severity: 'warning', file: 'locales/zh/partners.json', key: 'ghost', line: 4 },
    ]);
    // "umbrella" is in the data: English having it is right, not an extra key.
    expect(summary(findings, 'extra')).toEqual([]);
    // A field partners do not have is never shown.
    expect(summary(findings, 'unknown-field')).toEqual([
      { severity: 'warning', file: 'locales/zh/partners.json', key: 'acme.website', line: 2 },
    ]);
  });

  it('reports keys the code uses that zh lacks, with the source line, and keys no code uses', () => {
    const findings = findingsOf('code-keys');
    expect(summary(findings, 'code-missing')).toEqual([
      { severity: 'error', file: 'src/widget.tsx', key: 'farewell', line: 9 },
      { severity: 'error', file: 'src/widget.tsx', key: 'acme.name', line: 10 },
    ]);
    // stats.* is used through t(`stats.${stat}`); industry.* comes from the taxonomy.
    expect(summary(findings, 'unused')).toEqual([{ severity: 'warning', file: 'locales/zh/common.json', key: 'forgotten', line: 5 }]);
  });

  it('takes industry labels from the taxonomy, not from code', () => {
    const findings = findingsOf('code-keys');
    expect(summary(findings, 'industry-missing')).toEqual([
      { severity: 'error', file: 'locales/zh/common.json', key: 'industry.finance', line: undefined },
    ]);
    expect(summary(findings, 'industry-unknown')).toEqual([
      { severity: 'warning', file: 'locales/zh/common.json', key: 'industry.mining', line: 4 },
    ]);
  });

  it('flags punctuation of the other script; verbatim partner quotes only warn', () => {
    const findings = findingsOf('typography');
    expect(summary(findings, 'typography')).toEqual([
      { severity: 'error', file: 'locales/en/common.json', key: 'retry', line: 2 },
      { severity: 'error', file: 'locales/en/common.json', key: 'label', line: 4 },
      { severity: 'error', file: 'locales/zh/common.json', key: 'retry', line: 2 },
      { severity: 'error', file: 'locales/zh/common.json', key: 'label', line: 4 },
      { severity: 'warning', file: 'locales/zh/partners.json', key: 'acme.quote', line: 2 },
      { severity: 'warning', file: 'locales/zh/partners.json', key: 'acme.quote', line: 2 },
    ]);
    // "Spark,Flink" is Latin text inside Chinese: its comma is left alone.
    expect(findings.some((finding) => finding.kind === 'typography' && finding.key === 'tools')).toBe(false);
    expect(errorsOf(findings)).toHaveLength(4);
  });
});
