import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRenderedCards } from '@/features/partners/hooks/use-rendered-cards';

const make = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `p${index}` }));
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const options = { initial: 10, step: 50, removeAtOnce: 20 };

function renderCards(list: { id: string }[], all: { id: string }[], listKey: string) {
  return renderHook((props: { list: { id: string }[]; listKey: string }) => useRenderedCards(props.list, all, props.listKey, options), {
    initialProps: { list, listKey },
  });
}

/** What a person can see: the rendered cards that are not hidden. */
const visible = (result: { items: { id: string }[]; hidden: ReadonlySet<string> }) =>
  ids(result.items).filter((id) => !result.hidden.has(id));

describe('useRenderedCards', () => {
  it('renders a short list whole, and exactly the new list after a change', () => {
    const all = make(8);
    const view = renderCards(all, all, '');
    expect(ids(view.result.current.items)).toEqual(ids(all));
    const some = [all[1]!, all[5]!];
    view.rerender({ list: some, listKey: 'a' });
    expect(ids(view.result.current.items)).toEqual(['p1', 'p5']);
    expect(view.result.current.hidden.size).toBe(0);
  });

  it('renders the first screenful of a long list at once and the rest over the next frames', async () => {
    const all = make(240);
    const view = renderCards(all, all, '');
    expect(ids(view.result.current.items)).toEqual(ids(all.slice(0, 10)));
    await waitFor(() => expect(view.result.current.items).toHaveLength(240));
    expect(ids(view.result.current.items)).toEqual(ids(all));
  });

  it('hides cards leaving a long list at once, shows the new list in order, then unmounts the hidden ones', async () => {
    const all = make(240);
    const view = renderCards(all, all, '');
    await waitFor(() => expect(view.result.current.items).toHaveLength(240));
    const odd = all.filter((_, index) => index % 2 === 1);
    view.rerender({ list: odd, listKey: 'odd' });
    // Nothing that left is visible, and every odd card that was on screen still is, in order.
    expect(visible(view.result.current)).toEqual(ids(odd));
    expect(view.result.current.hidden.size).toBe(120);
    expect(ids(view.result.current.items)).toEqual(ids(all));
    await waitFor(() => expect(view.result.current.hidden.size).toBe(0));
    expect(ids(view.result.current.items)).toEqual(ids(odd));
  });

  it('unmounts a few leaving cards with the change itself', async () => {
    const all = make(30);
    const view = renderCards(all, all, '');
    await waitFor(() => expect(view.result.current.items).toHaveLength(30));
    view.rerender({ list: all.slice(0, 25), listKey: 'most' });
    expect(ids(view.result.current.items)).toEqual(ids(all.slice(0, 25)));
    expect(view.result.current.hidden.size).toBe(0);
  });

  it('keeps a grown list whole when only its text changes (a new language keeps the scroll position)', async () => {
    const all = make(240);
    const view = renderCards(all, all, 'same');
    await waitFor(() => expect(view.result.current.items).toHaveLength(240));
    act(() => view.rerender({ list: all.map((item) => ({ ...item })), listKey: 'same' }));
    expect(view.result.current.items).toHaveLength(240);
  });

  it('brings back cards that return to the list before they were unmounted', async () => {
    const all = make(240);
    const view = renderCards(all, all, '');
    await waitFor(() => expect(view.result.current.items).toHaveLength(240));
    view.rerender({ list: all.slice(0, 5), listKey: 'few' });
    view.rerender({ list: all, listKey: 'all-again' });
    expect(visible(view.result.current).slice(0, 10)).toEqual(ids(all.slice(0, 10)));
    await waitFor(() => expect(visible(view.result.current)).toEqual(ids(all)));
    expect(view.result.current.hidden.size).toBe(0);
  });
});
