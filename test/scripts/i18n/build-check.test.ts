// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assertLocaleFilesParse, localeFilesMustParse } from '../../../scripts/i18n/build-check.mjs';
import { checkLocales } from '../../../scripts/i18n/check.mjs';
import { formatFindings } from '../../../scripts/i18n/report.mjs';
import { fixtureRoot } from './fixtures';

describe("the build fails on a locale file that does not parse, with the check's words", () => {
  it('throws the same report as npm run i18n:check, line and column included', () => {
    const root = fixtureRoot('json/missing-value');
    const checked = formatFindings(checkLocales(root).findings.filter((finding) => finding.kind === 'invalid-json'));
    expect(checked).toContain('line 3, column 11');
    expect(() => assertLocaleFilesParse(root)).toThrow(checked);
  });

  it('passes when every locale file parses, whatever else the check would say', () => {
    expect(() => assertLocaleFilesParse(fixtureRoot('untranslated'))).not.toThrow();
    expect(() => assertLocaleFilesParse(fixtureRoot('json/duplicate-key'))).not.toThrow();
  });

  it("as a Vite plugin, stops the build through Rollup's error", () => {
    const plugin = localeFilesMustParse(fixtureRoot('json/trailing-comma'));
    const context = {
      error: (message: string) => {
        throw new Error(`build stopped: ${message}`);
      },
    };
    const buildStart = plugin.buildStart as (this: typeof context) => void;
    expect(() => buildStart.call(context)).toThrow(
      /build stopped: A locale file does not parse[\s\S]*line 4, column 17[\s\S]*remove this comma/,
    );
  });
});
