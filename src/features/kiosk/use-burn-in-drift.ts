import { useEffect, useRef } from 'react';
import { useInterval } from '@/shared/hooks/use-interval';

/** A closed path around a 4 px square, one pixel per step: never more than a glance would notice. */
const PATH: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [2, 1],
  [3, 1],
  [4, 2],
  [3, 3],
  [2, 4],
  [1, 3],
  [0, 3],
  [-1, 2],
  [-1, 1],
];

/**
 * Burn-in protection: everything marked .kiosk-drift (the fixed chrome) moves one pixel every
 * `stepMs`, through CSS variables on the root. No React render and no animation frames in between,
 * so a display that runs for days pays one tiny style change per step.
 */
export function useBurnInDrift(stepMs = 30_000): void {
  const step = useRef(0);
  useInterval(() => {
    step.current = (step.current + 1) % PATH.length;
    const [x, y] = PATH[step.current]!;
    document.documentElement.style.setProperty('--kiosk-drift-x', `${x}px`);
    document.documentElement.style.setProperty('--kiosk-drift-y', `${y}px`);
  }, stepMs);
  useEffect(
    () => () => {
      document.documentElement.style.removeProperty('--kiosk-drift-x');
      document.documentElement.style.removeProperty('--kiosk-drift-y');
    },
    [],
  );
}
