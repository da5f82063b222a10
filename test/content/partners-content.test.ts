// @vitest-environment node
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '@/features/partners/industries';

/**
 * The content as shipped, read from disk: public/data/partners.json, public/logos/ and every
 * locales/<lng>/ folder. Adding a partner or a language without its text, or a logo file that is
 * not a partner's, fails here.
 */
const root = resolve(import.meta.dirname, '../..');
const readJson = (...path: string[]): unknown => JSON.parse(readFileSync(resolve(root, ...path), 'utf8'));

interface DataFile {
  partners: { id: string; logo?: string; website?: string; industries: string[]; featured?: boolean }[];
  community: { contributors: string[]; users: string[] };
}
type Flat = Record<string, string>;

const data = readJson('public/data/partners.json') as DataFile;
const logoFolder = resolve(root, 'public/logos');
// Every file but the folder's own README, which tells an editor what to drop in.
const logoFiles = existsSync(logoFolder) ? readdirSync(logoFolder).filter((file) => file !== 'README.md') : [];
const languages = readdirSync(resolve(root, 'locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name);
const locale = (lng: string, ns: string) => readJson('locales', lng, `${ns}.json`) as Record<string, unknown>;

function flatten(value: unknown, prefix = ''): Flat {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.entries(value as object).reduce<Flat>(
    (flat, [key, child]) => ({ ...flat, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1]).sort();
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('content', () => {
  it('has the source language and English', () => {
    expect(languages).toEqual(expect.arrayContaining(['zh', 'en']));
  });

  it('has 12 partners with unique kebab-case ids, the host featured first', () => {
    const ids = data.partners.map((partner) => partner.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
    expect(data.partners.filter((partner) => partner.featured).map((partner) => partner.id)).toEqual(['huawei-cloud']);
    expect(ids[0]).toBe('huawei-cloud');
  });

  describe.each(data.partners.map((partner) => [partner.id, partner] as const))('partner %s', (id, partner) => {
    it('has one or two known industries', () => {
      expect(partner.industries.length).toBeGreaterThanOrEqual(1);
      expect(partner.industries.length).toBeLessThanOrEqual(2);
      for (const industry of partner.industries) expect(INDUSTRIES).toContain(industry);
    });

    it('names an official logo only by https or by a file that exists under public/, if at all', () => {
      if (partner.logo === undefined) return;
      if (/^https:\/\//.test(partner.logo)) return;
      expect(existsSync(resolve(root, 'public', partner.logo))).toBe(true);
    });

    it.each(languages)('gives a job title that does not repeat the name in %s (the heading says it once)', (lng) => {
      const text = locale(lng, 'partners')[id] as Record<string, string>;
      expect(text.title?.toLowerCase()).not.toContain(text.name!.toLowerCase());
    });

    it('links only to an https website, if any', () => {
      if (partner.website !== undefined) expect(partner.website).toMatch(/^https:\/\/[^/\s]+/);
    });

    it.each(languages)('has name, title and quote in %s', (lng) => {
      const text = locale(lng, 'partners')[id] as Record<string, string> | undefined;
      expect(text, `locales/${lng}/partners.json has no "${id}"`).toBeDefined();
      for (const field of ['name', 'title', 'quote']) expect(text![field]?.trim(), `${lng} ${id}.${field}`).toBeTruthy();
      // Speaker is optional, but where the source names one every language does.
      const source = (locale('zh', 'partners')[id] as Record<string, string>).speaker;
      if (source) expect(text!.speaker?.trim(), `${lng} ${id}.speaker`).toBeTruthy();
    });
  });

  // One step to an official logo: public/logos/<id>.svg (or .webp, .png), picked up by the build.
  it.each(logoFiles)('has an official logo file public/logos/%s named after a partner, free of scripts', (file) => {
    const match = /^([a-z0-9-]+)\.(svg|webp|png)$/.exec(file);
    expect(match, `${file}: <partner id>.svg, .webp or .png`).not.toBeNull();
    expect(data.partners.map((partner) => partner.id)).toContain(match![1]);
    if (match![2] === 'svg') {
      const svg = readFileSync(resolve(root, 'public/logos', file), 'utf8');
      expect(svg).toMatch(/<svg[\s>]/);
      expect(svg).not.toMatch(/<script|\bon[a-z]+\s*=|javascript:|<foreignObject/i);
    }
  });

  it.each(languages)('%s has no partner text for an id the data does not know', (lng) => {
    const ids = data.partners.map((partner) => partner.id);
    expect(Object.keys(locale(lng, 'partners')).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('keeps the Chinese quotes long and in Chinese', () => {
    for (const [id, text] of Object.entries(locale('zh', 'partners') as Record<string, Record<string, string>>)) {
      expect(text.quote!.length, id).toBeGreaterThan(60);
      expect(text.quote, id).toMatch(/\p{Script=Han}/u);
    }
  });

  it('lists the contributing companies and main users with unique kebab-case ids', () => {
    const { contributors, users } = data.community;
    // The announcement names 25 and 17; the lists may grow, never lose them.
    expect(contributors.length).toBeGreaterThanOrEqual(25);
    expect(users.length).toBeGreaterThanOrEqual(17);
    for (const list of [contributors, users]) {
      expect(new Set(list).size).toBe(list.length);
      for (const id of list) expect(id).toMatch(KEBAB);
    }
  });

  it.each(languages)('names every community member in %s', (lng) => {
    const names = locale(lng, 'community') as Record<string, string>;
    const members = [...new Set([...data.community.contributors, ...data.community.users])];
    expect(members.filter((id) => !names[id]?.trim())).toEqual([]);
  });

  it.each(languages)('labels every industry in %s', (lng) => {
    const labels = (locale(lng, 'common').industry ?? {}) as Record<string, string>;
    expect(INDUSTRIES.filter((industry) => !labels[industry]?.trim())).toEqual([]);
  });

  it.each(languages.filter((lng) => lng !== 'zh'))('keeps the placeholders of common.json in %s', (lng) => {
    const source = flatten(locale('zh', 'common'));
    const target = flatten(locale(lng, 'common'));
    const mismatches = Object.keys(source)
      .filter((key) => key in target && placeholders(source[key]!).join() !== placeholders(target[key]!).join())
      .map((key) => `${key}: ${source[key]} / ${target[key]}`);
    expect(mismatches).toEqual([]);
  });

  it('reads the placeholders it compares', () => {
    expect(placeholders('显示 {{count}} / {{total}} 位')).toEqual(['count', 'total']);
    expect(placeholders('{{value, number(notation: compact)}}+')).toEqual(['value']);
  });
});
