import { startTransition, useLayoutEffect, useRef, useState } from 'react';

/** One box and its content: cut off when the content is taller than the box that clips it. */
interface Watch {
  box?: number;
  content?: number;
  report: (cut: boolean) => void;
}

const watches = new WeakMap<Element, { part: 'box' | 'content'; watch: Watch }>();
let observer: ResizeObserver | undefined;

/**
 * One ResizeObserver for every watched box: a list of thousands of cards costs one callback per
 * frame, and the sizes come with the entries, so nothing is measured by forcing a layout. A card
 * that is not laid out yet (content-visibility skips cards far off screen) reports no size and is
 * judged when it comes into view.
 */
function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    const changed = new Set<Watch>();
    for (const entry of entries) {
      const watched = watches.get(entry.target);
      if (!watched) continue;
      watched.watch[watched.part] = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
      changed.add(watched.watch);
    }
    // In a transition: the cards that change re-render in slices, not in one task as the list
    // first lays out (with many cards on screen, a long task after the page's load).
    startTransition(() => {
      for (const watch of changed) {
        if (watch.box && watch.content !== undefined) watch.report(watch.content > watch.box + 1);
      }
    });
  });
  return observer;
}

/**
 * Whether a clamped box (a quote cut to a few lines) actually hides some of its content: `box` is
 * the element that clips, `content` a block inside it that keeps its full height. It follows
 * resizes, a new language and a new text. Where there is no ResizeObserver (old browsers, jsdom)
 * it says "cut", so the way to the rest is always offered. `watched` false: nothing is clamped.
 */
export function useCutOff<Box extends HTMLElement, Content extends HTMLElement>(watched = true) {
  const box = useRef<Box>(null);
  const content = useRef<Content>(null);
  const [cut, setCut] = useState(() => typeof ResizeObserver === 'undefined');
  useLayoutEffect(() => {
    const boxElement = box.current;
    const contentElement = content.current;
    if (!watched || typeof ResizeObserver === 'undefined' || !boxElement || !contentElement) return undefined;
    const watch: Watch = { report: setCut };
    watches.set(boxElement, { part: 'box', watch });
    watches.set(contentElement, { part: 'content', watch });
    const resizes = sharedObserver();
    resizes.observe(boxElement);
    resizes.observe(contentElement);
    return () => {
      resizes.unobserve(boxElement);
      resizes.unobserve(contentElement);
      watches.delete(boxElement);
      watches.delete(contentElement);
    };
  }, [watched]);
  return { box, content, cut: watched && cut };
}
