import { useEffect } from 'react';
import { useLatest } from './use-latest';

/** setInterval with a saved-callback ref: the timer survives re-renders and is cleared on unmount. */
export function useInterval(callback: () => void, delayMs: number | null): void {
  const saved = useLatest(callback);
  useEffect(() => {
    if (delayMs === null) return undefined;
    const id = window.setInterval(() => saved.current(), delayMs);
    return () => window.clearInterval(id);
  }, [delayMs, saved]);
}
