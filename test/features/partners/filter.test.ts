// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, countByIndustry, emptyCause, filterPartners, normalizeForSearch } from '@/features/partners/filter';
import type { IndustryId } from '@/features/partners/industries';
import type { Partner } from '@/features/partners/schema';

function partner(id: string, industries: IndustryId[]): Partner {
  return { id, logo: null, website: null, industries, featured: false };
}

const partners = [
  partner('acme', ['internet', 'ai']),
  partner('orbit', ['finance']),
  partner('lumen', ['ai', 'research']),
  partner('waves', ['media', 'internet']),
];

// Made-up test data, not the locale files: these tests are about matching, not about the texts.
const texts: Record<string, (string | null)[]> = {
  acme: ['Acme', '艾克美', 'Li Ming', 'RocketFlow on Volcano'],
  orbit: ['星河投资', '王芳', null, '星河投资基于 Volcano 开发了 Ｖｏｌｃａｎｏ 作业平台'],
  lumen: ['Lumen', 'Laboratory platform'],
  waves: ['Waves', 'Audio for everyone'],
};
const index = buildSearchIndex(partners, (item) => texts[item.id] ?? []);
const ids = (list: readonly Partner[]) => list.map((item) => item.id);

describe('filterPartners', () => {
  it('shows every partner when no industry is selected and the query is empty', () => {
    expect(ids(filterPartners(partners, [], '', index))).toEqual(['acme', 'orbit', 'lumen', 'waves']);
  });

  it('shows a partner with any of the selected industries (OR), in the original order', () => {
    expect(ids(filterPartners(partners, ['finance'], '', index))).toEqual(['orbit']);
    expect(ids(filterPartners(partners, ['research', 'finance'], '', index))).toEqual(['orbit', 'lumen']);
    expect(ids(filterPartners(partners, ['ai', 'media'], '', index))).toEqual(['acme', 'lumen', 'waves']);
  });

  it('shows nothing for an industry no partner has', () => {
    expect(filterPartners(partners, ['recruitment'], '', index)).toEqual([]);
  });

  it('matches the query against every text of the partner, ignoring case', () => {
    expect(ids(filterPartners(partners, [], 'ACME', index))).toEqual(['acme']);
    expect(ids(filterPartners(partners, [], '艾克美', index))).toEqual(['acme']);
    expect(ids(filterPartners(partners, [], 'li ming', index))).toEqual(['acme']);
    expect(ids(filterPartners(partners, [], 'rocket', index))).toEqual(['acme']);
    expect(ids(filterPartners(partners, [], '王芳', index))).toEqual(['orbit']);
  });

  it('matches full-width and half-width forms alike (NFKC)', () => {
    expect(ids(filterPartners(partners, [], 'volcano 作业', index))).toEqual(['orbit']);
    expect(ids(filterPartners(partners, [], 'ａｃｍｅ', index))).toEqual(['acme']);
  });

  it('ignores surrounding and repeated white space in the query', () => {
    expect(ids(filterPartners(partners, [], '  audio   for ', index))).toEqual(['waves']);
    expect(ids(filterPartners(partners, [], '   ', index))).toHaveLength(4);
  });

  it('never matches across two texts of a partner', () => {
    // "Acme" ends one text and "艾克美" starts the next: a visitor typing both typed no name.
    expect(filterPartners(partners, [], 'acme 艾克美', index)).toEqual([]);
    expect(filterPartners(partners, [], 'acme\n艾克美', index)).toEqual([]);
  });

  it('combines industries and query', () => {
    expect(ids(filterPartners(partners, ['ai'], 'laboratory', index))).toEqual(['lumen']);
    expect(filterPartners(partners, ['finance'], 'acme', index)).toEqual([]);
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
