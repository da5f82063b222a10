import { useDeferredValue, useMemo, useState } from 'react';
import { parseList, updateUrl, useSearchParams } from '@/shared/hooks/use-url-state';
import {
  buildSearchIndex,
  countByIndustry,
  emptyCause,
  filterPartners,
  normalizeForSearch,
  type SearchIndex,
} from '@/features/partners/filter';
import { INDUSTRIES, isIndustryId, type IndustryId } from '@/features/partners/industries';
import type { Partner } from '@/features/partners/schema';
import { usePartnerNames, usePartnerText } from './use-partner-text';

const DETAIL_STATE = 'partnerDetail';

// One function for every card, whatever the render.
const openPartner = (partner: Partner) => updateUrl({ partner: partner.id }, { history: 'push', state: { [DETAIL_STATE]: true } });

const NO_INDEX: SearchIndex = new Map();

/**
 * The browse view's state, read from the URL (?industry=ai,finance&q=…&partner=<id>), and what
 * follows from it: the visible partners, the counts per industry and the open partner.
 */
export function usePartnerView(partners: readonly Partner[]) {
  const params = useSearchParams();
  const industryParam = params.get('industry');
  const selection = useMemo(() => parseList(industryParam).filter(isIndustryId), [industryParam]);
  const query = params.get('q') ?? '';
  const openId = params.get('partner');
  // Typing paints the box at once; the list follows in a render that the next keystroke may interrupt.
  const deferredQuery = useDeferredValue(query);
  const textOf = usePartnerText();

  // The search needs every language's names and its index of them only once someone searches:
  // focusing the box (or a ?q= link) starts both, in the background, before the first keystroke.
  const [searchStarted, setSearchStarted] = useState(false);
  const searching = searchStarted || query !== '';
  const names = usePartnerNames(searching);
  const { namesOf } = names;
  const indexWanted = useDeferredValue(searching);
  const index = useMemo(
    () =>
      indexWanted
        ? buildSearchIndex(partners, (partner) => {
            const text = textOf(partner);
            return [text.name.text, text.speaker?.text, text.quote?.text, ...namesOf(partner)];
          })
        : NO_INDEX,
    [indexWanted, partners, textOf, namesOf],
  );

  const matchingQuery = useMemo(() => filterPartners(partners, [], deferredQuery, index), [partners, deferredQuery, index]);
  const counts = useMemo(() => countByIndustry(matchingQuery), [matchingQuery]);
  const visible = useMemo(() => filterPartners(matchingQuery, selection, '', index), [matchingQuery, selection, index]);
  const allCounts = useMemo(() => countByIndustry(partners), [partners]);
  const industries = useMemo(() => [...allCounts.keys()], [allCounts]);
  const opened = openId === null ? undefined : (partners.find((partner) => partner.id === openId) ?? null);
  const searched = normalizeForSearch(deferredQuery) !== '';

  const setSelection = (next: readonly IndustryId[]) =>
    updateUrl({ industry: INDUSTRIES.filter((industry) => next.includes(industry)).join(',') });
  const setQuery = (value: string) => updateUrl({ q: value }, { history: 'replace' });

  return {
    selection,
    query,
    /** The query the visible list answers (it may trail the box by a keystroke). */
    shownQuery: deferredQuery,
    visible,
    counts,
    industries,
    total: partners.length,
    /** Why the visible list is empty, or null while it is not (or while a search waits for other languages' names). */
    empty:
      visible.length > 0 || partners.length === 0 || (searched && (names.loading || index === NO_INDEX))
        ? null
        : emptyCause({
            searchFindsAny: matchingQuery.length > 0,
            filtersFindAny: selection.length === 0 || selection.some((industry) => allCounts.has(industry)),
          }),
    /** undefined: no detail open; null: the URL names an unknown partner. */
    openPartner: opened,
    textOf,
    startSearch: () => setSearchStarted(true),
    toggleIndustry: (industry: IndustryId) =>
      setSelection(selection.includes(industry) ? selection.filter((item) => item !== industry) : [...selection, industry]),
    clearIndustries: () => setSelection([]),
    setQuery,
    clearSearch: () => setQuery(''),
    clearAll: () => updateUrl({ q: null, industry: null }, { history: 'push' }),
    open: openPartner,
    close: () => {
      // Opened from this page: going back closes it and keeps history tidy. Opened from a link: drop the parameter.
      if ((window.history.state as Record<string, unknown> | null)?.[DETAIL_STATE]) window.history.back();
      else updateUrl({ partner: null }, { history: 'push' });
    },
  };
}
