// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countByIndustry, filterPartners, normalizeForSearch } from '@/features/partners/filter';
import type { IndustryId } from '@/features/partners/industries';
import type { Partner } from '@/features/partners/schema';

function partner(id: string, industries: IndustryId[]): Partner {
  return { id, logo: null, website: null, industries, featured: false };
}

const partners = [
  partner('baidu', ['internet', 'ai']),
  partner('ruitian', ['finance']),
  partner('leinao', ['ai', 'research']),
  partner('ximalaya', ['media', 'internet']),
];

const texts: Record<string, string> = {
  baidu: 'Baidu\nZhou Ti\nPaddlePaddle on Volcano',
  ruitian: '锐天投资\n汤雷\n锐天投资基于 Volcano 开发了 Ｖｏｌｃａｎｏ 作业平台',
  leinao: 'Leinao\nResearch platform',
  ximalaya: 'Ximalaya\nAudio for everyone',
};
const textOf = (item: Partner) => texts[item.id] ?? '';
const ids = (list: readonly Partner[]) => list.map((item) => item.id);

describe('filterPartners', () => {
  it('shows every partner when no industry is selected and the query is empty', () => {
    expect(ids(filterPartners(partners, [], '', textOf))).toEqual(['baidu', 'ruitian', 'leinao', 'ximalaya']);
  });

  it('shows a partner with any of the selected industries (OR), in the original order', () => {
    expect(ids(filterPartners(partners, ['finance'], '', textOf))).toEqual(['ruitian']);
    expect(ids(filterPartners(partners, ['research', 'finance'], '', textOf))).toEqual(['ruitian', 'leinao']);
    expect(ids(filterPartners(partners, ['ai', 'media'], '', textOf))).toEqual(['baidu', 'leinao', 'ximalaya']);
  });

  it('shows nothing for an industry no partner has', () => {
    expect(filterPartners(partners, ['recruitment'], '', textOf)).toEqual([]);
  });

  it('matches the query against name, speaker and quote, ignoring case', () => {
    expect(ids(filterPartners(partners, [], 'BAIDU', textOf))).toEqual(['baidu']);
    expect(ids(filterPartners(partners, [], 'zhou ti', textOf))).toEqual(['baidu']);
    expect(ids(filterPartners(partners, [], 'paddle', textOf))).toEqual(['baidu']);
    expect(ids(filterPartners(partners, [], '汤雷', textOf))).toEqual(['ruitian']);
  });

  it('matches full-width and half-width forms alike (NFKC)', () => {
    expect(ids(filterPartners(partners, [], 'volcano 作业', textOf))).toEqual(['ruitian']);
    expect(ids(filterPartners(partners, [], 'ｂａｉｄｕ', textOf))).toEqual(['baidu']);
  });

  it('ignores surrounding and repeated white space in the query', () => {
    expect(ids(filterPartners(partners, [], '  audio   for ', textOf))).toEqual(['ximalaya']);
    expect(ids(filterPartners(partners, [], '   ', textOf))).toHaveLength(4);
  });

  it('combines industries and query', () => {
    expect(ids(filterPartners(partners, ['ai'], 'research', textOf))).toEqual(['leinao']);
    expect(filterPartners(partners, ['finance'], 'baidu', textOf)).toEqual([]);
  });
});

describe('normalizeForSearch', () => {
  it('folds width and case and collapses white space', () => {
    expect(normalizeForSearch('  Ｈｅｌｌｏ\n  World ')).toBe('hello world');
  });
});

describe('countByIndustry', () => {
  it('counts each partner once per industry it has', () => {
    expect(Object.fromEntries(countByIndustry(partners))).toEqual({ internet: 2, ai: 2, finance: 1, research: 1, media: 1 });
  });

  it('is empty for no partners', () => {
    expect(countByIndustry([]).size).toBe(0);
  });
});
