import { useCallback, useMemo, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { attractSlides, slideDurationMs, type AttractSlide } from './attract-slides';
import { CarouselControls } from './carousel-controls';
import type { KioskItem, KioskJoin } from './kiosk-item';
import { JoinSlide } from './join-slide';
import { KioskSlide } from './kiosk-slide';
import { SlideTimer } from './slide-timer';
import { useCarousel } from './use-carousel';
import { useSwipe } from './use-swipe';
import { VOLCANO_MARK_URL } from '@/shared/lib/brand';

interface AttractLoopProps {
  items: readonly KioskItem[];
  join: KioskJoin;
  renderLogo: (item: KioskItem) => ReactNode;
  /** A fixed time per slide, or null for each slide's reading time. */
  rotateMs: number | null;
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
export function AttractLoop({ items, join, renderLogo, rotateMs, holdMs, onOpen, onExplore, languageSwitch }: AttractLoopProps) {
  const { t, tx } = useTexts('kiosk');
  const slides = useMemo(() => attractSlides(items), [items]);
  const joinText = `${t('join.heading')}\n${t('join.body')}`;
  const durationOf = useCallback(
    (index: number) => (slides[index] ? slideDurationMs(slides[index], rotateMs, joinText) : (rotateMs ?? 10_000)),
    [slides, rotateMs, joinText],
  );
  const carousel = useCarousel(slides, { durationOf, holdMs });
  const current = slides[carousel.index];
  const leaving = carousel.previous === null ? undefined : slides[carousel.previous];
  const open = (slide: AttractSlide | undefined) => {
    if (slide?.kind === 'quote') onOpen(slide.item);
    else if (slide) onExplore();
  };
  const swipe = useSwipe({
    onSwipe: (direction) => (direction === 'next' ? carousel.next() : carousel.previousSlide()),
    onTap: () => open(current),
  });
  const labelOf = (index: number) => t('progress', { current: index + 1, total: slides.length });
  const renderSlide = (slide: AttractSlide, index: number, isLeaving: boolean) =>
    slide.kind === 'join' ? (
      <JoinSlide key={slide.id} join={join} label={labelOf(index)} leaving={isLeaving} />
    ) : (
      <KioskSlide
        key={slide.id}
        item={slide.item}
        logo={renderLogo(slide.item)}
        label={labelOf(index)}
        leaving={isLeaving}
        onOpen={() => onOpen(slide.item)}
      />
    );
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
    <div className="kiosk-attract" onPointerDownCapture={carousel.interact}>
      <header className="kiosk-bar kiosk-drift">
        <h1 className="kiosk-bar__title">
          <img className="kiosk-bar__mark" src={VOLCANO_MARK_URL} alt="" width={360} height={360} />
          {tx('heading')}
        </h1>
        <div className="kiosk-bar__end">
          {languageSwitch}
          <button type="button" className="button kiosk-explore" onClick={onExplore}>
            {tx('explore')}
          </button>
        </div>
      </header>
      <section
        className="kiosk-carousel"
        aria-roledescription={t('carousel')}
        aria-label={t('carouselLabel')}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        {/* First in focus order (APG), shown below the stage as a player's controls are. The band
            is part of the touch surface: touching the prompt opens what is on screen. */}
        <div className="kiosk-band kiosk-drift" {...swipe}>
          <CarouselControls
            paused={carousel.paused}
            progress={labelOf(carousel.index)}
            canMove={slides.length > 1}
            onTogglePaused={carousel.togglePaused}
            onPrevious={carousel.previousSlide}
            onNext={carousel.next}
          />
          <p className="kiosk-prompt">
            <span className="kiosk-prompt__touch" aria-hidden="true" />
            {tx('touchPrompt')}
          </p>
        </div>
        <div className="kiosk-stage" aria-live={carousel.playing ? 'off' : 'polite'} {...swipe}>
          {/* Keyed by slide: the one on screen keeps its element as it starts to leave. */}
          {leaving && carousel.previous !== null && renderSlide(leaving, carousel.previous, true)}
          {current && renderSlide(current, carousel.index, false)}
        </div>
      </section>
      {slides.length > 1 && <SlideTimer key={carousel.run} durationMs={carousel.durationMs} running={carousel.playing} />}
    </div>
  );
}
