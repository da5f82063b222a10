import { useCallback, useEffect, useRef, useState } from 'react';
import { useLatest } from './use-latest';

/** Any of these means a person is there. Listened to in the capture phase, so nothing can hide them. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const INPUT_SETTLE_MS = 300;

export interface IdleTimerOptions {
  /** Time without input after which onIdle runs. */
  timeoutMs: number;
  /** How long before the timeout the warning phase starts (0: no warning). */
  warningMs: number;
  onIdle: () => void;
  enabled?: boolean;
}

export interface IdleTimer {
  /** Milliseconds left while the warning is due, else null. Updates once a second. */
  remainingMs: number | null;
  /** Counts as input: ends the warning and starts the wait again. */
  stay: () => void;
}

/**
 * Calls onIdle after a period without input, with a warning phase before it (WCAG 2.2.1).
 * Input only stamps a time in a ref, so a moving finger costs no render; one timeout at a time
 * checks the stamp and re-arms itself, so nothing accumulates however long the page runs.
 */
export function useIdleTimer({ timeoutMs, warningMs, onIdle, enabled = true }: IdleTimerOptions): IdleTimer {
  const [remainingMs, setRemainingMs] = useState<number | null>(null);
  const onIdleRef = useLatest(onIdle);
  const stayRef = useRef<() => void>(() => {});

  useEffect(() => {
    if (!enabled) return undefined;
    const warnFor = Math.min(Math.max(warningMs, 0), timeoutMs);
    let lastInput = Date.now();
    let warning = false;
    let timer = 0;
    const arm = (ms: number) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, Math.max(ms, 0));
    };
    const setWarning = (left: number | null) => {
      warning = left !== null;
      setRemainingMs(left);
    };
    function check() {
      const left = timeoutMs - (Date.now() - lastInput);
      if (left <= 0) {
        lastInput = Date.now();
        if (warning) setWarning(null);
        onIdleRef.current();
        arm(timeoutMs - warnFor);
      } else if (left <= warnFor) {
        setWarning(left);
        // Wake on each whole second so the countdown reads 20, 19, 18…
        arm(left % 1000 || 1000);
      } else {
        if (warning) setWarning(null);
        arm(left - warnFor);
      }
    }
    const onInput = () => {
      lastInput = Date.now();
      // The warning closes a moment later, not at once: a press on it must finish as a click on
      // it, not land on whatever lies beneath once it is gone.
      if (warning) arm(INPUT_SETTLE_MS);
    };
    stayRef.current = () => {
      lastInput = Date.now();
      if (warning) setWarning(null);
      arm(timeoutMs - warnFor);
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    arm(timeoutMs - warnFor);
    return () => {
      window.clearTimeout(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      stayRef.current = () => {};
      setRemainingMs(null);
    };
  }, [enabled, timeoutMs, warningMs, onIdleRef]);

  const stay = useCallback(() => stayRef.current(), []);
  return { remainingMs: enabled ? remainingMs : null, stay };
}
