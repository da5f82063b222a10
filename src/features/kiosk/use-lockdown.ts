import { useEffect } from 'react';

const ROOT_CLASS = 'kiosk-mode';
const ZOOM_KEYS = new Set(['+', '-', '=', '0']);

function elementOf(target: EventTarget | null): Element | null {
  if (target instanceof Element) return target;
  return target instanceof Node ? target.parentElement : null;
}

/**
 * A booth display keeps visitors inside the app: no text selection, context menu, drag, pinch or
 * keyboard zoom, pull-to-refresh or overscroll navigation (the CSS under .kiosk-mode does the
 * gestures), and no link that leaves the app, even if one slipped into the markup.
 */
export function useLockdown(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(ROOT_CLASS);
    const prevent = (event: Event) => event.preventDefault();
    const onSelectStart = (event: Event) => {
      if (!elementOf(event.target)?.closest('input, textarea')) event.preventDefault();
    };
    const onWheel = (event: WheelEvent) => {
      // A touchpad pinch arrives as a wheel event with ctrlKey set.
      if (event.ctrlKey) event.preventDefault();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) event.preventDefault();
    };
    const onTouchMove = (event: TouchEvent) => {
      if (event.touches.length > 1) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      const link = elementOf(event.target)?.closest('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      if (link.target === '_blank' || new URL(link.href, window.location.href).origin !== window.location.origin) event.preventDefault();
    };
    const listeners: [string, EventListener, AddEventListenerOptions][] = [
      ['contextmenu', prevent, { capture: true }],
      ['dragstart', prevent, { capture: true }],
      ['gesturestart', prevent, { capture: true }],
      ['selectstart', onSelectStart, { capture: true }],
      ['wheel', onWheel as EventListener, { capture: true, passive: false }],
      ['keydown', onKeyDown as EventListener, { capture: true }],
      ['touchmove', onTouchMove as EventListener, { capture: true, passive: false }],
      ['click', onClick as EventListener, { capture: true }],
    ];
    for (const [type, listener, options] of listeners) window.addEventListener(type, listener, options);
    return () => {
      root.classList.remove(ROOT_CLASS);
      for (const [type, listener, options] of listeners) window.removeEventListener(type, listener, options);
    };
  }, []);
}
