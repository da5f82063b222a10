import { useLayoutEffect, type RefObject } from 'react';

export interface FitTextOptions {
  minPx: number;
  /** The largest size as a share of the viewport's shorter side, so 4K screens get larger type. */
  maxVmin: number;
}

function fits(box: HTMLElement, text: HTMLElement): boolean {
  return text.offsetHeight <= box.clientHeight && text.scrollWidth <= box.clientWidth;
}

/** The largest whole-pixel font size at which the text fits its box, found by binary search. */
function fit(box: HTMLElement, text: HTMLElement, { minPx, maxVmin }: FitTextOptions): void {
  const maxPx = Math.floor((Math.min(window.innerWidth, window.innerHeight) * maxVmin) / 100);
  let low = minPx;
  let high = Math.max(minPx, maxPx);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    text.style.fontSize = `${middle}px`;
    if (fits(box, text)) low = middle;
    else high = middle - 1;
  }
  text.style.fontSize = `${low}px`;
  // Even the smallest size overflows: CSS clamps the text and the full version is a tap away.
  box.dataset.overflow = String(!fits(box, text));
}

/**
 * Scales text to the largest size that fits its box without scrolling, again whenever the text
 * or the box's size changes (rotation of the screen, a language switch). The result is written
 * straight to the element: measuring must not cost a React render per step.
 */
export function useFitText(
  boxRef: RefObject<HTMLElement | null>,
  textRef: RefObject<HTMLElement | null>,
  options: FitTextOptions,
  content: unknown,
): void {
  const { minPx, maxVmin } = options;
  useLayoutEffect(() => {
    const box = boxRef.current;
    const text = textRef.current;
    if (!box || !text) return undefined;
    const refit = () => fit(box, text, { minPx, maxVmin });
    refit();
    if (typeof ResizeObserver === 'undefined') return undefined;
    let lastSize = `${box.clientWidth}x${box.clientHeight}`;
    const observer = new ResizeObserver(() => {
      // Only a new box size needs a new fit; the font changes themselves must not loop.
      const size = `${box.clientWidth}x${box.clientHeight}`;
      if (size === lastSize) return;
      lastSize = size;
      refit();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [boxRef, textRef, minPx, maxVmin, content]);
}
