// @vitest-environment node
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptTranslations } from '../../../scripts/i18n/accept.mjs';
import { checkLocales, checkProject } from '../../../scripts/i18n/check.mjs';
import { loadProject } from '../../../scripts/i18n/load.mjs';
import { readHashes, writeHashes } from '../../../scripts/i18n/source-hashes.mjs';
import { fixtureRoot, summary } from './fixtures';

const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOf(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-stale-'));
  copies.push(dir);
  cpSync(fixtureRoot(name), dir, { recursive: true });
  return dir;
}

describe('i18n check: stale translations', () => {
  it('flags a translation whose Chinese source changed since it was accepted, and one never recorded', () => {
    const findings = checkLocales(fixtureRoot('stale')).findings;
    expect(summary(findings, 'stale')).toEqual([{ severity: 'warning', file: 'locales/en/common.json', key: 'intro', line: 2 }]);
    expect(summary(findings, 'unrecorded')).toEqual([{ severity: 'warning', file: 'locales/en/common.json', key: 'fresh', line: 4 }]);
    const stale = findings.find((finding) => finding.kind === 'stale');
    expect(stale?.message).toContain('npm run i18n:accept -- en common:intro');
    expect(checkLocales(fixtureRoot('stale')).coverage.find((row) => row.lng === 'en')?.stale).toBe(1);
  });

  it('accepting one key clears only that key; accepting the namespace clears the rest', () => {
    const root = copyOf('stale');
    const hashesPath = join(root, 'locales/_meta/source-hashes.json');
    const one = acceptTranslations(loadProject(root), 'en', ['common:intro']);
    expect(one.accepted).toEqual([{ lng: 'en', ns: 'common', key: 'intro' }]);
    writeHashes(hashesPath, one.store);
    const after = checkProject(loadProject(root)).findings;
    expect(summary(after, 'stale')).toEqual([]);
    expect(summary(after, 'unrecorded').map((finding) => finding.key)).toEqual(['fresh']);

    const all = acceptTranslations(loadProject(root), 'en', ['common']);
    writeHashes(hashesPath, all.store);
    expect(checkProject(loadProject(root)).findings.filter((finding) => finding.kind === 'unrecorded')).toEqual([]);
    expect(Object.keys(readHashes(hashesPath).en?.common ?? {}).sort()).toEqual(['fresh', 'intro', 'title']);
  });

  it('says which targets matched nothing, so a typo is not mistaken for an accepted key', () => {
    const { accepted, unmatched } = acceptTranslations(loadProject(fixtureRoot('stale')), 'en', ['common:intr']);
    expect(accepted).toEqual([]);
    expect(unmatched).toEqual(['common:intr']);
  });
});
