import { useEffect } from 'react';
import { useLatest } from './use-latest';

/**
 * setTimeout with a saved-callback ref, cleared on unmount. The timer restarts whenever the delay
 * or `restartKey` changes (for instance the index of the slide on screen), and never runs while
 * the delay is null. One timer at a time: nothing piles up over days.
 */
export function useTimeout(callback: () => void, delayMs: number | null, restartKey?: unknown): void {
  const saved = useLatest(callback);
  useEffect(() => {
    if (delayMs === null) return undefined;
    const id = window.setTimeout(() => saved.current(), delayMs);
    return () => window.clearTimeout(id);
  }, [delayMs, restartKey, saved]);
}
