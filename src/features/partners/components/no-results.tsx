import { useTexts } from '@/shared/hooks/use-texts';
import type { EmptyCause } from '@/features/partners/filter';

interface NoResultsProps {
  cause: EmptyCause;
  /** What the visitor searched for, as typed. */
  query: string;
  onClearSearch: () => void;
  onClearFilters: () => void;
  onClearAll: () => void;
}

/** In place of the list when nothing matches: what to change (the search, the filters or both), and a button that does it. */
export function NoResults({ cause, query, onClearSearch, onClearFilters, onClearAll }: NoResultsProps) {
  const { tx } = useTexts();
  const shown = query.trim();
  const [message, action, label] =
    cause === 'search'
      ? [tx('filter.noResultsSearch', { query: shown }), onClearSearch, tx('filter.clearSearch')]
      : cause === 'filters'
        ? [tx('filter.noResultsFilters'), onClearFilters, tx('filter.clear')]
        : [tx('filter.noResultsBoth', { query: shown }), onClearAll, tx('filter.clearAll')];
  return (
    <div className="partner-grid__empty">
      <p>{message}</p>
      {/* What the search looks through, where it would have helped. */}
      {cause !== 'filters' && <p>{tx('filter.searchHint')}</p>}
      <button type="button" className="button button--quiet" onClick={action}>
        {label}
      </button>
    </div>
  );
}
