import { useCallback, useState } from 'react';
import { useTimeout } from '@/shared/hooks/use-timeout';

/**
 * How long the outgoing slide stays mounted: kiosk.css fades it out in 300 ms and only then fades
 * the new one in, so two quotes are never on screen together. A little longer than the fade, as
 * timers and the animation clock do not tick together.
 */
export const LEAVING_MS = 400;

export interface CarouselOptions {
  /** How long the slide at this index stays while the carousel rotates. */
  durationOf: (index: number) => number;
  /** After a person touches the carousel, rotation waits this long after their last input. */
  holdMs: number;
}

/**
 * Where the carousel stands. The slide on screen is remembered by its id: new data or a language
 * switch may add, drop or reorder slides, and the slide on screen (a paused one above all) must
 * stay. Its place counts only once it is gone.
 */
interface Position {
  id: string | undefined;
  index: number;
  /** The slide fading out, by id. */
  previous: string | null;
}

/**
 * The attract loop's state: which slide, whether a person paused it (the visible button, WCAG
 * 2.2.2) and whether one is interacting right now (rotation holds and resumes by itself).
 * One timeout per concern, each restarted by the state it belongs to: nothing accumulates.
 */
export function useCarousel(items: readonly { id: string }[], { durationOf, holdMs }: CarouselOptions) {
  const count = items.length;
  const [position, setPosition] = useState<Position>(() => ({ id: items[0]?.id, index: 0, previous: null }));
  const [paused, setPaused] = useState(false);
  // 0: nobody is interacting; any other value restarts the hold timer when it changes.
  const [hold, setHold] = useState(0);

  const indexOf = useCallback(
    (at: Position) => {
      const found = items.findIndex((item) => item.id === at.id);
      return found >= 0 ? found : count > 0 ? at.index % count : 0;
    },
    [items, count],
  );
  const index = indexOf(position);
  const previousIndex = position.previous === null ? -1 : items.findIndex((item) => item.id === position.previous);
  const playing = !paused && hold === 0 && count > 1;
  const durationMs = durationOf(index);
  const runs = useRuns(playing);

  const go = useCallback(
    (delta: number) =>
      setPosition((current) => {
        if (count < 2) return current;
        const from = indexOf(current);
        const to = (((from + delta) % count) + count) % count;
        return { id: items[to]?.id, index: to, previous: items[from]?.id ?? null };
      }),
    [count, indexOf, items],
  );
  const interact = useCallback(() => setHold((value) => value + 1), []);

  useTimeout(() => go(1), playing ? durationMs : null, position.id);
  useTimeout(() => setHold(0), hold === 0 ? null : holdMs, hold);
  useTimeout(() => setPosition((current) => ({ ...current, previous: null })), position.previous === null ? null : LEAVING_MS, position.id);

  return {
    index,
    previous: previousIndex >= 0 && previousIndex !== index ? previousIndex : null,
    paused,
    playing,
    durationMs,
    /**
     * Names one run of the slide's timer: it changes whenever the timer starts again from the full
     * duration (a new slide, rotation resumed, a new duration), so an indicator keyed by it restarts too.
     */
    run: `${position.id}:${runs}:${durationMs}`,
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

/** Counts the times rotation started: derived from the previous render, without an effect. */
function useRuns(playing: boolean): number {
  const [runs, setRuns] = useState({ playing, count: 0 });
  if (runs.playing !== playing) setRuns({ playing, count: playing ? runs.count + 1 : runs.count });
  return runs.count;
}
