import { useEffect } from 'react';

const HIDDEN_CLASS = 'kiosk-cursor-hidden';

/**
 * Hides the mouse cursor after a few seconds without movement, and at once on touch: a parked
 * arrow over a quote is a blemish on a booth screen. One timeout, re-armed by movement.
 */
export function useHiddenCursor(afterMs = 3_000): void {
  useEffect(() => {
    const root = document.documentElement;
    let timer = 0;
    const hide = () => root.classList.add(HIDDEN_CLASS);
    const onPointer = (event: PointerEvent) => {
      window.clearTimeout(timer);
      if (event.pointerType !== 'mouse') {
        hide();
        return;
      }
      root.classList.remove(HIDDEN_CLASS);
      timer = window.setTimeout(hide, afterMs);
    };
    timer = window.setTimeout(hide, afterMs);
    window.addEventListener('pointermove', onPointer, { passive: true });
    window.addEventListener('pointerdown', onPointer, { passive: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', onPointer);
      window.removeEventListener('pointerdown', onPointer);
      root.classList.remove(HIDDEN_CLASS);
    };
  }, [afterMs]);
}
