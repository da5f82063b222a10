import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textsIn } from '@test/support/locale-texts';
import { renderApp } from '@test/support/render-app';

/**
 * jsdom lays nothing out: this ResizeObserver reports the heights a test gives it, as a browser
 * reports the heights it lays out. One instance serves every card (useCutOff shares one).
 */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  /** Lays out the given elements at these heights and reports the ones being watched. */
  static resize(heights: Map<Element, number>) {
    for (const observer of FakeResizeObserver.instances) {
      const entries = [...heights]
        .filter(([target]) => observer.targets.has(target))
        .map(([target, blockSize]) => ({ target, borderBoxSize: [{ blockSize, inlineSize: 320 }], contentRect: { height: blockSize } }));
      if (entries.length > 0)
        act(() => observer.callback(entries as unknown as ResizeObserverEntry[], observer as unknown as ResizeObserver));
    }
  }
}

/** The clamped quote of a card: the box that clips it at six lines, and its full text inside. */
function quoteOf(card: HTMLElement) {
  const box = card.querySelector('blockquote p')!;
  return { box, text: box.querySelector('.partner-quote__text')! };
}

const SIX_LINES = 163;

describe('a card', () => {
  // The hook keeps its one observer for the life of the module: instances are never forgotten here.
  beforeEach(() => vi.stubGlobal('ResizeObserver', FakeResizeObserver));

  it.each(['zh', 'en'] as const)('offers the read-in-full button only where the quote is actually cut (%s)', async (lng) => {
    const texts = await textsIn(lng);
    await renderApp({ url: `/?lng=${lng}` });
    const cut = await screen.findByRole('article', { name: texts('partners:vipshop.name') });
    const whole = screen.getByRole('article', { name: texts('partners:ximalaya.name') });
    const readInFull = (id: string) => ({ name: texts('partners.readMoreLabel', { name: texts(`partners:${id}.name`) }) });
    // Not laid out yet: nothing is known to be cut.
    expect(screen.queryByRole('button', readInFull('vipshop'))).not.toBeInTheDocument();

    FakeResizeObserver.resize(
      new Map([
        [quoteOf(cut).box, SIX_LINES],
        [quoteOf(cut).text, 380],
        [quoteOf(whole).box, 136],
        [quoteOf(whole).text, 136],
      ]),
    );
    expect(within(cut).getByRole('button', readInFull('vipshop'))).toHaveTextContent(texts('partners.readMore'));
    expect(cut.querySelector('blockquote')).toHaveClass('partner-quote--cut');
    expect(within(whole).queryByRole('button')).not.toBeInTheDocument();
    expect(whole.querySelector('blockquote')).not.toHaveClass('partner-quote--cut');
    // The whole quote still opens in full from the name.
    expect(within(whole).getByRole('link', { name: texts('partners:ximalaya.name') })).toBeInTheDocument();

    // A wider window: the cut quote fits now, and "Read in full" goes.
    FakeResizeObserver.resize(new Map([[quoteOf(cut).text, SIX_LINES]]));
    expect(within(cut).queryByRole('button')).not.toBeInTheDocument();
  });

  it("never offers it on the initiator's card, which is shown in full", async () => {
    const en = await textsIn('en');
    await renderApp({ url: '/?lng=en' });
    const featured = await screen.findByRole('article', { name: en('partners:huawei-cloud.name') });
    expect(featured.querySelector('blockquote')).not.toHaveClass('partner-quote--clamped');
    expect(within(featured).queryByRole('button')).not.toBeInTheDocument();
  });
});
