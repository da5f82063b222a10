import { startTransition, useEffect, useMemo, useState } from 'react';

interface Keyed {
  id: string;
}

export interface RenderedCardsOptions {
  /** Cards rendered with the change itself: more than a large screen shows. */
  initial?: number;
  /** Cards added, and parked cards removed, per frame after that (as a transition). */
  step?: number;
  /** Up to this many leaving cards are simply unmounted with the change. */
  removeAtOnce?: number;
}

interface State {
  key: string;
  ids: ReadonlySet<string>;
  count: number;
  /** Shown before the change and still in the list: they stay, whatever count says. */
  keep: ReadonlySet<string>;
  /** Mounted but no longer in the list: hidden at once, unmounted a chunk per frame. */
  parked: readonly string[];
}

const shownIds = (list: readonly Keyed[], count: number, keep: ReadonlySet<string>) =>
  list.filter((item, index) => index < count || keep.has(item.id)).map((item) => item.id);

/**
 * Which cards of a long list to have in the DOM, so a click paints its result within a frame or
 * two whatever the list's length. Mounting and unmounting thousands of cards is what costs (React
 * detaches every fiber of every card); so a new list (listKey: the filter and search) renders its
 * first screenful at once and the rest a chunk per frame as an interruptible transition, and cards
 * that leave are hidden at once and unmounted a chunk per frame. Cards already on screen stay.
 * Lists that fit in `initial` (the real 12 partners) render whole and unmount plainly: the DOM is
 * always exactly the list.
 *
 * Returns the items to render in the order of `all` (so React never moves DOM nodes) and the ids
 * to render hidden.
 */
export function useRenderedCards<T extends Keyed>(
  list: readonly T[],
  all: readonly T[],
  listKey: string,
  { initial = 24, step = 150, removeAtOnce = 100 }: RenderedCardsOptions = {},
): { items: T[]; hidden: ReadonlySet<string> } {
  const listIds = useMemo(() => new Set(list.map((item) => item.id)), [list]);
  const [state, setState] = useState<State>(() => ({ key: listKey, ids: listIds, count: initial, keep: new Set(), parked: [] }));
  let current = state;
  if (state.key !== listKey) {
    // Adjusting state while rendering: the first commit after a change is already the small one.
    const before = [...state.ids].filter((id, index) => index < state.count || state.keep.has(id)).concat(state.parked);
    const leaving = before.filter((id) => !listIds.has(id));
    current = {
      key: listKey,
      ids: listIds,
      count: initial,
      keep: new Set(before.filter((id) => listIds.has(id))),
      parked: leaving.length > removeAtOnce ? leaving : [],
    };
    setState(current);
  }
  const shown = useMemo(() => new Set(shownIds(list, current.count, current.keep)), [list, current.count, current.keep]);
  const parked = useMemo(() => new Set(current.parked.filter((id) => !shown.has(id))), [current.parked, shown]);
  const pending = shown.size < list.length || parked.size > 0;

  useEffect(() => {
    if (!pending) return undefined;
    const frame = requestAnimationFrame(() =>
      startTransition(() =>
        setState((latest) =>
          latest.key === listKey ? { ...latest, count: latest.count + step, parked: latest.parked.slice(step) } : latest,
        ),
      ),
    );
    return () => cancelAnimationFrame(frame);
  }, [pending, shown, parked, listKey, step]);

  const items = useMemo(() => all.filter((item) => shown.has(item.id) || parked.has(item.id)), [all, shown, parked]);
  return { items, hidden: parked };
}
