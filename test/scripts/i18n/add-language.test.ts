// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addLanguage } from '../../../scripts/i18n/add-language.mjs';
import { checkLocales } from '../../../scripts/i18n/check.mjs';
import { fixtureRoot } from './fixtures';

const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the glossary fixture: common, community and partners files, and the data file. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-add-'));
  copies.push(dir);
  cpSync(fixtureRoot('glossary'), dir, { recursive: true });
  return dir;
}

describe('npm run i18n:add <lng>: a new language starts with nothing translated', () => {
  it('creates one empty file per source file; coverage is 0 % and every text is reported missing', () => {
    const root = project();
    const added = addLanguage(root, 'ja');
    expect(added).toEqual({
      lng: 'ja',
      names: { own: '日本語', english: 'Japanese' },
      created: ['locales/ja/common.json', 'locales/ja/community.json', 'locales/ja/partners.json'],
      kept: [],
    });
    expect(readFileSync(join(root, 'locales/ja/common.json'), 'utf8')).toBe('{}\n');

    const { findings, coverage } = checkLocales(root);
    expect(coverage.filter((row) => row.lng === 'ja').map(({ ns, translated, total }) => `${ns} ${translated}/${total}`)).toEqual([
      'common 0/2',
      'community 0/2',
      'partners 0/2',
    ]);
    const ja = findings.filter((finding) => finding.lng === 'ja');
    // Keys of common.json one by one; partners and companies of the data by their id.
    expect(ja.map(({ severity, kind, key }) => `${severity} ${kind} ${key}`)).toEqual([
      'error missing join',
      'error missing title',
      'error data-missing baidu',
      'error data-missing huawei',
      'error data-missing baidu',
    ]);
  });

  it('names the folder by the canonical code, and completes a language without touching its files', () => {
    const root = project();
    writeFileSync(join(root, 'locales/en/extra.json'), '{}\n'); // not a source file: not copied
    const first = addLanguage(root, 'zh-tw');
    expect(first).toMatchObject({ lng: 'zh-TW', names: { english: 'Chinese (Taiwan)' } });
    writeFileSync(join(root, 'locales/zh-TW/common.json'), '{ "title": "標題" }\n');
    rmSync(join(root, 'locales/zh-TW/partners.json'));
    const second = addLanguage(root, 'zh-TW');
    expect(second).toMatchObject({
      created: ['locales/zh-TW/partners.json'],
      kept: ['locales/zh-TW/common.json', 'locales/zh-TW/community.json'],
    });
    expect(readFileSync(join(root, 'locales/zh-TW/common.json'), 'utf8')).toBe('{ "title": "標題" }\n');
    expect(readdirSync(join(root, 'locales/zh-TW')).sort()).toEqual(['common.json', 'community.json', 'partners.json']);
  });

  it('refuses a code that is not a language, a preview code and the source itself', () => {
    const root = project();
    expect(() => addLanguage(root, 'jp')).toThrow('"jp" is not a language code this page can use');
    expect(() => addLanguage(root, 'pseudo')).toThrow('is not a language code this page can use');
    expect(() => addLanguage(root, 'zh')).toThrow('zh is the source language');
    expect(readdirSync(join(root, 'locales')).sort()).toEqual(['_meta', 'en', 'zh']);
  });
});
