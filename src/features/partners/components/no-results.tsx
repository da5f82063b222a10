import { cloneElement, Fragment, isValidElement, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import type { EmptyCause } from '@/features/partners/filter';

// A character no translation contains: it marks where the query goes in the translated message.
const QUERY_SLOT = '\u{E000}';

/**
 * The message with the visitor's own words put in its slot, set apart: a browser's page
 * translation leaves them as typed, they keep their own direction, and they never pass through
 * i18next, so nothing in them is read as markup or as a reference to another text.
 */
function withQuery(message: ReactNode, query: string): ReactNode {
  if (typeof message === 'string') {
    const [before, ...after] = message.split(QUERY_SLOT);
    return (
      <>
        {before}
        {after.map((text, index) => (
          <Fragment key={index}>
            <bdi translate="no">{query}</bdi>
            {text}
          </Fragment>
        ))}
      </>
    );
  }
  // A message from a fallback language comes in an element that carries that language (useTexts).
  if (isValidElement<{ children?: ReactNode }>(message)) return cloneElement(message, {}, withQuery(message.props.children, query));
  return message;
}

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
      ? [withQuery(tx('filter.noResultsSearch', { query: QUERY_SLOT }), shown), onClearSearch, tx('filter.clearSearch')]
      : cause === 'filters'
        ? [tx('filter.noResultsFilters'), onClearFilters, tx('filter.clear')]
        : [withQuery(tx('filter.noResultsBoth', { query: QUERY_SLOT }), shown), onClearAll, tx('filter.clearAll')];
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
