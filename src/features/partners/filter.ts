import type { IndustryId } from './industries';
import type { Partner } from './schema';

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Each partner's searchable text, normalised once: normalising thousands of quotes is what costs,
 * so it happens when the texts change (a language, a file arriving), and a keystroke only scans.
 */
export type SearchIndex = ReadonlyMap<string, string>;

/** `textsOf`: the texts a partner is found by (names in every language, the quote…); missing ones are skipped. */
export function buildSearchIndex(
  partners: readonly Partner[],
  textsOf: (partner: Partner) => Iterable<string | null | undefined>,
): SearchIndex {
  const index = new Map<string, string>();
  for (const partner of partners) {
    const parts = new Set<string>();
    for (const text of textsOf(partner)) if (text) parts.add(normalizeForSearch(text));
    // Normalised parts hold no line break and neither does a query: a match never spans two texts.
    index.set(partner.id, [...parts].join('\n'));
  }
  return index;
}

/** A partner shows when it has any selected industry (none selected: all) and its text contains the query. */
export function filterPartners(
  partners: readonly Partner[],
  selection: readonly IndustryId[],
  query: string,
  index: SearchIndex,
): Partner[] {
  const needle = normalizeForSearch(query);
  return partners.filter(
    (partner) =>
      (selection.length === 0 || partner.industries.some((industry) => selection.includes(industry))) &&
      (!needle || (index.get(partner.id) ?? '').includes(needle)),
  );
}

export function countByIndustry(partners: readonly Partner[]): Map<IndustryId, number> {
  const counts = new Map<IndustryId, number>();
  for (const partner of partners) {
    for (const industry of partner.industries) counts.set(industry, (counts.get(industry) ?? 0) + 1);
  }
  return counts;
}

/**
 * What leaves the list empty, so the empty state can say what to change: the search when it finds
 * nothing on its own, the filters when they select nothing on their own, else both.
 */
export type EmptyCause = 'search' | 'filters' | 'both';

export function emptyCause({ searchFindsAny, filtersFindAny }: { searchFindsAny: boolean; filtersFindAny: boolean }): EmptyCause {
  if (searchFindsAny === filtersFindAny) return 'both';
  return searchFindsAny ? 'filters' : 'search';
}
