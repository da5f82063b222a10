import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type FocusEvent, type RefObject } from 'react';
import type { PartnerText } from '@/features/partners/hooks/use-partner-text';
import type { Partner } from '@/features/partners/schema';
import { PartnerCard } from './partner-card';

interface VirtualPartnerGridProps {
  partners: readonly Partner[];
  textOf: (partner: Partner) => PartnerText;
  onOpen: (partner: Partner) => void;
}

/** Before a row has been measured: about one card (partner-card.css gives off-screen cards 24rem). */
const ESTIMATED_ROW_PX = 400;

interface GridLayout {
  columns: number;
  gap: number;
}

/**
 * The columns and the row gap the stylesheet gives .partner-grid at the current width, read from
 * an empty grid of that class: the rows below are laid out exactly as one grid of every card would
 * be, whatever the stylesheet says, and follow it when the window is resized.
 */
function useGridLayout(probe: RefObject<HTMLElement | null>): GridLayout {
  const [layout, setLayout] = useState<GridLayout>({ columns: 1, gap: 0 });
  useLayoutEffect(() => {
    const element = probe.current;
    if (!element) return undefined;
    const measure = () => {
      const style = getComputedStyle(element);
      const columns = Math.max(1, style.gridTemplateColumns.split(' ').filter((track) => track && track !== 'none').length);
      const gap = Number.parseFloat(style.rowGap) || 0;
      setLayout((last) => (last.columns === columns && last.gap === gap ? last : { columns, gap }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [probe]);
  return layout;
}

/** Cards in rows of `columns`, as the grid places them: a featured card spans a row of its own. */
function toRows(partners: readonly Partner[], columns: number): Partner[][] {
  const rows: Partner[][] = [];
  let row: Partner[] = [];
  for (const partner of partners) {
    if (partner.featured || row.length === columns) {
      if (row.length > 0) rows.push(row);
      row = [];
    }
    row.push(partner);
    if (partner.featured) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/**
 * Where the list starts on the page, which the virtualiser needs to tell which rows the window
 * shows. Read at every render and whenever the page changes size (the filter row wrapping at a
 * new width, a font arriving above the list).
 */
function usePageOffset(element: HTMLElement | null): number {
  const subscribe = useCallback((onChange: () => void) => {
    window.addEventListener('resize', onChange);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onChange);
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('resize', onChange);
      observer?.disconnect();
    };
  }, []);
  const read = useCallback(() => Math.round((element?.getBoundingClientRect().top ?? 0) + window.scrollY), [element]);
  return useSyncExternalStore(subscribe, read, () => 0);
}

/**
 * A list too long to have in the document whole (thousands of partners): only the rows in and
 * near the window are rendered, positioned where the whole grid would have them. What is rendered
 * is ordinary markup, so find-in-page, screen readers and the keyboard work on it; tabbing past
 * the last rendered card scrolls it into view, which renders the next rows.
 */
export function VirtualPartnerGrid({ partners, textOf, onOpen }: VirtualPartnerGridProps) {
  const [list, setList] = useState<HTMLDivElement | null>(null);
  const probe = useRef<HTMLDivElement>(null);
  const { columns, gap } = useGridLayout(probe);
  const rows = useMemo(() => toRows(partners, columns), [partners, columns]);
  const rowOf = useMemo(() => new Map(rows.flatMap((row, index) => row.map((partner) => [partner.id, index] as const))), [rows]);
  const focused = useRef<string | null>(null);
  const scrollMargin = usePageOffset(list);

  // The focused card's row stays rendered, and the rows either side of it, so that Tab and
  // Shift+Tab go on to the next and previous cards however far the page has been scrolled.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const row = focused.current === null ? undefined : rowOf.get(focused.current);
      if (row === undefined) return defaultRangeExtractor(range);
      const near = [row - 1, row, row + 1].filter((index) => index >= 0 && index < range.count);
      return [...new Set([...defaultRangeExtractor(range), ...near])].sort((a, b) => a - b);
    },
    [rowOf],
  );
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => rows[index]![0]!.id,
    // Rows rendered beyond the window: room for a held Tab key to run ahead of the scrolling.
    overscan: 3,
    gap,
    scrollMargin,
    rangeExtractor,
    // A row that has no layout (jsdom, say) keeps its estimate rather than collapsing to nothing.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ROW_PX,
  });

  const trackFocus = (event: FocusEvent<HTMLDivElement>) => {
    const card = event.target.closest('.partner-grid[data-index] > *');
    const row = rows[Number(card?.parentElement?.dataset.index)];
    focused.current = card && row ? (row[[...card.parentElement!.children].indexOf(card)]?.id ?? null) : null;
  };
  const forgetFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focused.current = null;
  };

  return (
    <div
      ref={setList}
      className="partner-grid-window"
      onFocus={trackFocus}
      onBlur={forgetFocus}
      style={{ position: 'relative', height: virtualizer.getTotalSize() }}
    >
      <div ref={probe} className="partner-grid" aria-hidden="true" />
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          ref={virtualizer.measureElement}
          data-index={item.index}
          className="partner-grid"
          style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - scrollMargin}px)` }}
        >
          {rows[item.index]!.map((partner) => (
            <PartnerCard key={partner.id} partner={partner} text={textOf(partner)} onOpen={onOpen} />
          ))}
        </div>
      ))}
    </div>
  );
}
