import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import type { KioskItem } from './kiosk-item';
import { KioskSlide } from './kiosk-slide';
import { CarouselControls } from './carousel-controls';
import { useCarousel } from './use-carousel';
import { useSwipe } from './use-swipe';

interface AttractLoopProps {
  items: readonly KioskItem[];
  renderLogo: (item: KioskItem) => ReactNode;
  rotateMs: number;
  holdMs: number;
  onOpen: (item: KioskItem) => void;
  onExplore: () => void;
  languageSwitch?: ReactNode;
}

function isKeyboardFocus(target: Element): boolean {
  try {
    return target.matches(':focus-visible');
  } catch {
    return false;
  }
}

/**
 * The attract loop, built as the WAI-ARIA APG auto-rotating carousel: the pause/play button comes
 * first in focus order, keyboard focus inside stops rotation, slides are announced only while
 * rotation is off. A touch holds rotation for a while; swipe and tap move and open.
 */
export function AttractLoop({ items, renderLogo, rotateMs, holdMs, onOpen, onExplore, languageSwitch }: AttractLoopProps) {
  const { t, tx } = useTexts('kiosk');
  const carousel = useCarousel(items, { rotateMs, holdMs });
  const current = items[carousel.index];
  const leaving = carousel.previous === null ? undefined : items[carousel.previous];
  const swipe = useSwipe({
    onSwipe: (direction) => (direction === 'next' ? carousel.next() : carousel.previousSlide()),
    onTap: () => current && onOpen(current),
  });
  const labelOf = (index: number) => t('progress', { current: index + 1, total: items.length });
  const onKeyDown = (event: KeyboardEvent) => {
    carousel.interact();
    if ((event.target as Element).closest('input')) return;
    if (event.key === 'ArrowRight') carousel.next();
    if (event.key === 'ArrowLeft') carousel.previousSlide();
  };
  const onFocus = (event: FocusEvent) => {
    if (isKeyboardFocus(event.target)) carousel.pause();
  };
  return (
    <section
      className="kiosk-attract"
      aria-roledescription={t('carousel')}
      aria-label={t('carouselLabel')}
      onPointerDownCapture={carousel.interact}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div className="kiosk-bar kiosk-drift">
        <CarouselControls
          paused={carousel.paused}
          progress={labelOf(carousel.index)}
          canMove={items.length > 1}
          onTogglePaused={carousel.togglePaused}
          onPrevious={carousel.previousSlide}
          onNext={carousel.next}
        />
        <h1 className="kiosk-bar__title">{tx('heading')}</h1>
        <div className="kiosk-bar__end">
          {languageSwitch}
          <button type="button" className="button kiosk-explore" onClick={onExplore}>
            {tx('explore')}
          </button>
        </div>
      </div>
      <div className="kiosk-stage" aria-live={carousel.playing ? 'off' : 'polite'} {...swipe}>
        {leaving && carousel.previous !== null && (
          <KioskSlide
            key={`leaving-${leaving.id}`}
            item={leaving}
            logo={renderLogo(leaving)}
            label={labelOf(carousel.previous)}
            leaving
            onOpen={() => {}}
          />
        )}
        {current && (
          <KioskSlide
            key={current.id}
            item={current}
            logo={renderLogo(current)}
            label={labelOf(carousel.index)}
            onOpen={() => onOpen(current)}
          />
        )}
      </div>
    </section>
  );
}
