import { useCallback, useState } from 'react';
import { useTimeout } from '@/shared/hooks/use-timeout';

/** How long the outgoing slide stays on screen while it fades (matches kiosk.css). */
export const TRANSITION_MS = 700;

export interface CarouselOptions {
  rotateMs: number;
  /** After a person touches the carousel, rotation waits this long after their last input. */
  holdMs: number;
}

/**
 * The attract loop's state: which slide, whether a person paused it (the visible button, WCAG
 * 2.2.2) and whether one is interacting right now (rotation holds and resumes by itself).
 * One timeout per concern, each restarted by the state it belongs to: nothing accumulates.
 */
export function useCarousel(count: number, { rotateMs, holdMs }: CarouselOptions) {
  const [slides, setSlides] = useState({ index: 0, previous: null as number | null });
  const [paused, setPaused] = useState(false);
  // 0: nobody is interacting; any other value restarts the hold timer when it changes.
  const [hold, setHold] = useState(0);

  const index = count > 0 ? slides.index % count : 0;
  const playing = !paused && hold === 0 && count > 1;

  const go = useCallback(
    (delta: number) =>
      setSlides((current) => {
        if (count < 2) return current;
        const from = current.index % count;
        return { index: (((from + delta) % count) + count) % count, previous: from };
      }),
    [count],
  );
  const interact = useCallback(() => setHold((value) => value + 1), []);

  useTimeout(() => go(1), playing ? rotateMs : null, slides.index);
  useTimeout(() => setHold(0), hold === 0 ? null : holdMs, hold);
  useTimeout(() => setSlides((current) => ({ ...current, previous: null })), slides.previous === null ? null : TRANSITION_MS, slides.index);

  return {
    index,
    previous: slides.previous !== null && slides.previous < count && slides.previous !== index ? slides.previous : null,
    paused,
    playing,
    togglePaused: () => {
      // Play means "rotate now", not "after the hold that pressing the button itself started".
      if (paused) setHold(0);
      setPaused(!paused);
    },
    pause: () => setPaused(true),
    next: () => go(1),
    previousSlide: () => go(-1),
    /** Marks a person's input: rotation holds until holdMs after the last one. */
    interact,
  };
}
