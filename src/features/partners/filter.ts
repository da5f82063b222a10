import type { IndustryId } from './industries';
import type { Partner } from './schema';

/** The text of a partner in the current language, as the search sees it. */
export type SearchableText = (partner: Partner) => string;

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

export function matchesQuery(partner: Partner, query: string, textOf: SearchableText): boolean {
  const needle = normalizeForSearch(query);
  if (!needle) return true;
  return normalizeForSearch(textOf(partner)).includes(needle);
}

/** A partner shows when it has any selected industry (none selected: all) and matches the query. */
export function filterPartners(
  partners: readonly Partner[],
  selection: readonly IndustryId[],
  query: string,
  textOf: SearchableText,
): Partner[] {
  return partners.filter(
    (partner) =>
      (selection.length === 0 || partner.industries.some((industry) => selection.includes(industry))) &&
      matchesQuery(partner, query, textOf),
  );
}

export function countByIndustry(partners: readonly Partner[]): Map<IndustryId, number> {
  const counts = new Map<IndustryId, number>();
  for (const partner of partners) {
    for (const industry of partner.industries) counts.set(industry, (counts.get(industry) ?? 0) + 1);
  }
  return counts;
}
