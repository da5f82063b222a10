import { useRef, type PointerEvent } from 'react';

const SWIPE_MIN_PX = 60;
const TAP_MAX_PX = 12;

interface SwipeHandlers {
  onSwipe: (direction: 'next' | 'previous') => void;
  onTap: () => void;
}

/**
 * Swipe and tap from pointer events, so touch, pen and mouse behave alike. A horizontal move
 * of 60 px or more is a swipe; a press that barely moves is a tap; anything else is ignored.
 * Presses on buttons and links are theirs, not the stage's.
 */
export function useSwipe({ onSwipe, onTap }: SwipeHandlers) {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (!event.isPrimary || (event.target as Element).closest('button, a, input')) return;
      start.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) onSwipe(dx < 0 ? 'next' : 'previous');
      else if (Math.abs(dx) <= TAP_MAX_PX && Math.abs(dy) <= TAP_MAX_PX) onTap();
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}
