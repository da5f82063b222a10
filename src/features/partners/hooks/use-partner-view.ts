import { useCallback, useDeferredValue, useMemo } from 'react';
import { parseList, updateUrl, useSearchParams } from '@/shared/hooks/use-url-state';
import { countByIndustry, filterPartners } from '@/features/partners/filter';
import { INDUSTRIES, isIndustryId, type IndustryId } from '@/features/partners/industries';
import type { Partner } from '@/features/partners/schema';
import { searchableText, usePartnerText } from './use-partner-text';

const DETAIL_STATE = 'partnerDetail';

// One function for every card, whatever the render.
const openPartner = (partner: Partner) => updateUrl({ partner: partner.id }, { history: 'push', state: { [DETAIL_STATE]: true } });

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
  const deferredQuery = useDeferredValue(query);
  const textOf = usePartnerText();

  const texts = useMemo(() => new Map(partners.map((partner) => [partner.id, textOf(partner)])), [partners, textOf]);
  const searchTextOf = useCallback((partner: Partner) => searchableText(texts.get(partner.id) ?? textOf(partner)), [texts, textOf]);
  const matchingQuery = useMemo(() => filterPartners(partners, [], deferredQuery, searchTextOf), [partners, deferredQuery, searchTextOf]);
  const counts = useMemo(() => countByIndustry(matchingQuery), [matchingQuery]);
  const visible = useMemo(() => filterPartners(matchingQuery, selection, '', searchTextOf), [matchingQuery, selection, searchTextOf]);
  const industries = useMemo(() => [...countByIndustry(partners).keys()], [partners]);
  const opened = openId === null ? undefined : (partners.find((partner) => partner.id === openId) ?? null);

  const setSelection = (next: readonly IndustryId[]) =>
    updateUrl({ industry: INDUSTRIES.filter((industry) => next.includes(industry)).join(',') });

  return {
    selection,
    query,
    visible,
    counts,
    industries,
    total: partners.length,
    /** undefined: no detail open; null: the URL names an unknown partner. */
    openPartner: opened,
    textOf: (partner: Partner) => texts.get(partner.id) ?? textOf(partner),
    toggleIndustry: (industry: IndustryId) =>
      setSelection(selection.includes(industry) ? selection.filter((item) => item !== industry) : [...selection, industry]),
    clearIndustries: () => setSelection([]),
    setQuery: (value: string) => updateUrl({ q: value }, { history: 'replace' }),
    open: openPartner,
    close: () => {
      // Opened from this page: going back closes it and keeps history tidy. Opened from a link: drop the parameter.
      if ((window.history.state as Record<string, unknown> | null)?.[DETAIL_STATE]) window.history.back();
      else updateUrl({ partner: null }, { history: 'push' });
    },
  };
}
