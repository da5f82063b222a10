import { useRef, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { lazyPart } from '@/shared/ui/lazy-part';
import { RetryNotice } from '@/shared/ui/retry-notice';
import { usePartnerView } from '@/features/partners/hooks/use-partner-view';
import type { PartnerText } from '@/features/partners/hooks/use-partner-text';
import type { Partner } from '@/features/partners/schema';
import { IndustryFilter } from './industry-filter';
import { NoResults } from './no-results';
import { PartnerGrid, WHOLE_LIST_LIMIT } from './partner-grid';
import { SearchBox } from './search-box';

// Only a click (or a shared ?partner= link) opens the detail: its code is not part of the first download.
const PartnerDetail = lazyPart(() => import('./partner-detail').then((module) => module.PartnerDetail));

interface PartnerBrowserProps {
  partners: readonly Partner[];
  renderWebsite?: (partner: Partner, text: PartnerText) => ReactNode;
  /**
   * The list's last tile while it shows every partner (app/ gives the invitation to join): the
   * initiator's card spans the row, and its eleven partners and this tile fill every row evenly
   * whether the grid has one, two, three or four columns.
   */
  lastTile?: ReactNode;
}

/** Filter, search, the list and the detail view, all driven by the URL. */
export function PartnerBrowser({ partners, renderWebsite, lastTile }: PartnerBrowserProps) {
  const { t, tx } = useTexts();
  const view = usePartnerView(partners);
  const openText = view.openPartner ? view.textOf(view.openPartner) : null;
  const results = useRef<HTMLParagraphElement>(null);
  // The empty state's button goes away with what it cleared: focus the count it changed, which is read out.
  const thenFocusResults = (clear: () => void) => () => {
    clear();
    results.current?.focus();
  };
  return (
    <>
      {/* Search first: on a phone it takes the row, and the industries wait behind a button under it. */}
      <div className="partner-controls">
        <SearchBox value={view.query} onChange={view.setQuery} onFocus={view.startSearch} />
        <IndustryFilter
          industries={view.industries}
          selection={view.selection}
          counts={view.counts}
          onToggle={view.toggleIndustry}
          onClear={view.clearIndustries}
        />
        {/* In the row of controls: on a phone it shares a line with the "Filters" button. */}
        <p ref={results} className="partner-results" role="status" tabIndex={-1}>
          {tx('filter.results', { count: view.visible.length, total: view.total })}
        </p>
      </div>
      {view.empty && (
        <NoResults
          cause={view.empty}
          query={view.shownQuery}
          onClearSearch={thenFocusResults(view.clearSearch)}
          onClearFilters={thenFocusResults(view.clearIndustries)}
          onClearAll={thenFocusResults(view.clearAll)}
        />
      )}
      {/* The grid itself: PartnerGrid's own wrapper takes no box (see partner-card.css), its cards and the last tile share the rows. */}
      <div className="partner-list">
        <PartnerGrid partners={view.visible} total={view.total} textOf={view.textOf} onOpen={view.open} />
        {view.visible.length === view.total && view.total > 0 && view.total <= WHOLE_LIST_LIMIT && lastTile}
      </div>
      {view.openPartner !== undefined && (
        <PartnerDetail
          key={view.openPartner?.id ?? 'missing'}
          partner={view.openPartner}
          text={openText}
          onClose={view.close}
          renderWebsite={renderWebsite}
          // The visitor asked for the detail: say where it is, over the list they are looking at.
          failed={(retry) => (
            <RetryNotice className="retry-notice--floating" message={t('error.part')} retryLabel={t('error.retry')} onRetry={retry}>
              <button type="button" className="button button--quiet" onClick={view.close}>
                {tx('detail.close')}
              </button>
            </RetryNotice>
          )}
        />
      )}
    </>
  );
}
