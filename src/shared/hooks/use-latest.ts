import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest value, for callbacks that timers and listeners call later:
 * they see the current props without the timer being restarted on every render.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
