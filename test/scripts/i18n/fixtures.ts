import { resolve } from 'node:path';
import { checkLocales, type Finding } from '../../../scripts/i18n/check.mjs';

/** The fixture projects: one folder per kind of mistake, each a tiny copy of the project's layout. */
export const fixtureRoot = (name: string) => resolve(import.meta.dirname, '../../fixtures/i18n', name);

export function findingsOf(name: string): Finding[] {
  return checkLocales(fixtureRoot(name)).findings;
}

/** The findings of one kind, as file / key / line triples that read well in a failure message. */
export function summary(findings: Finding[], kind: string) {
  return findings.filter((finding) => finding.kind === kind).map(({ severity, file, key, line }) => ({ severity, file, key, line }));
}

export const errorsOf = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');
