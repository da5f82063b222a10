// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, countByIndustry, emptyCause, filterPartners, normalizeForSearch } from '@/features/partners/filter';
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

// Test data, not the locale files: these tests are about matching, not about the texts.
const texts: Record<string, (string | null)[]> = {
  baidu: ['Baidu', '百度', 'Zhou Ti', 'PaddlePaddle on Volcano'],
  ruitian: ['锐天投资', '汤雷', null, '锐天投资基于 Volcano 开发了 Ｖｏｌｃａｎｏ 作业平台'],
  leinao: ['Leinao', 'Laboratory platform'],
  ximalaya: ['Ximalaya', 'Audio for everyone'],
};
const index = buildSearchIndex(partners, (item) => texts[item.id] ?? []);
const ids = (list: readonly Partner[]) => list.map((item) => item.id);

describe('filterPartners', () => {
  it('shows every partner when no industry is selected and the query is empty', () => {
    expect(ids(filterPartners(partners, [], '', index))).toEqual(['baidu', 'ruitian', 'leinao', 'ximalaya']);
  });

  it('shows a partner with any of the selected industries (OR), in the original order', () => {
    expect(ids(filterPartners(partners, ['finance'], '', index))).toEqual(['ruitian']);
    expect(ids(filterPartners(partners, ['research', 'finance'], '', index))).toEqual(['ruitian', 'leinao']);
    expect(ids(filterPartners(partners, ['ai', 'media'], '', index))).toEqual(['baidu', 'leinao', 'ximalaya']);
  });

  it('shows nothing for an industry no partner has', () => {
    expect(filterPartners(partners, ['recruitment'], '', index)).toEqual([]);
  });

  it('matches the query against every text of the partner, ignoring case', () => {
    expect(ids(filterPartners(partners, [], 'BAIDU', index))).toEqual(['baidu']);
    expect(ids(filterPartners(partners, [], '百度', index))).toEqual(['baidu']);
    expect(ids(filterPartners(partners, [], 'zhou ti', index))).toEqual(['baidu']);
    expect(ids(filterPartners(partners, [], 'paddle', index))).toEqual(['baidu']);
    expect(ids(filterPartners(partners, [], '汤雷', index))).toEqual(['ruitian']);
  });

  it('matches full-width and half-width forms alike (NFKC)', () => {
    expect(ids(filterPartners(partners, [], 'volcano 作业', index))).toEqual(['ruitian']);
    expect(ids(filterPartners(partners, [], 'ｂａｉｄｕ', index))).toEqual(['baidu']);
  });

  it('ignores surrounding and repeated white space in the query', () => {
    expect(ids(filterPartners(partners, [], '  audio   for ', index))).toEqual(['ximalaya']);
    expect(ids(filterPartners(partners, [], '   ', index))).toHaveLength(4);
  });

  it('never matches across two texts of a partner', () => {
    // "Baidu" ends one text and "百度" starts the next: a visitor typing both typed no name.
    expect(filterPartners(partners, [], 'baidu 百度', index)).toEqual([]);
    expect(filterPartners(partners, [], 'baidu\n百度', index)).toEqual([]);
  });

  it('combines industries and query', () => {
    expect(ids(filterPartners(partners, ['ai'], 'laboratory', index))).toEqual(['leinao']);
    expect(filterPartners(partners, ['finance'], 'baidu', index)).toEqual([]);
  });

  it('finds nothing for a partner the index does not have, and lists it without a query', () => {
    const newcomer = partner('newcomer', ['ai']);
    expect(filterPartners([newcomer], [], 'new', index)).toEqual([]);
    expect(filterPartners([newcomer], [], '', index)).toEqual([newcomer]);
  });
});

describe('buildSearchIndex', () => {
  it('works for ids that are also JavaScript names', () => {
    const reserved = [partner('constructor', ['ai']), partner('to-string', ['ai'])];
    const built = buildSearchIndex(reserved, (item) => [item.id === 'constructor' ? 'Constructor Inc.' : null]);
    expect(ids(filterPartners(reserved, [], 'inc', built))).toEqual(['constructor']);
    expect(filterPartners(reserved, [], 'function', built)).toEqual([]);
  });
});

describe('normalizeForSearch', () => {
  it('folds width and case and collapses white space', () => {
    expect(normalizeForSearch('  Ｈｅｌｌｏ\n  World ')).toBe('hello world');
  });
});

describe('emptyCause', () => {
  it('names the search when the search alone finds nothing, whatever the filters', () => {
    expect(emptyCause({ searchFindsAny: false, filtersFindAny: true })).toBe('search');
  });

  it('names the filters when the filters alone select nothing', () => {
    expect(emptyCause({ searchFindsAny: true, filtersFindAny: false })).toBe('filters');
  });

  it('names both when each finds some but not together, or neither finds any', () => {
    expect(emptyCause({ searchFindsAny: true, filtersFindAny: true })).toBe('both');
    expect(emptyCause({ searchFindsAny: false, filtersFindAny: false })).toBe('both');
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
