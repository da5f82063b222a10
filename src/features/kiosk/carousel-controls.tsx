import { useTranslation } from 'react-i18next';

interface CarouselControlsProps {
  paused: boolean;
  /** "3 / 12" */
  progress: string;
  canMove: boolean;
  onTogglePaused: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

/** Pause/play first (WCAG 2.2.2, APG carousel), then previous, where we are, next. */
export function CarouselControls({ paused, progress, canMove, onTogglePaused, onPrevious, onNext }: CarouselControlsProps) {
  const { t } = useTranslation('kiosk');
  return (
    <div className="kiosk-controls">
      {/* Quiet while it rotates; Play stands out once paused, so resuming is the obvious next touch. */}
      <button
        type="button"
        className={paused ? 'button kiosk-controls__pause' : 'button button--quiet kiosk-controls__pause'}
        onClick={onTogglePaused}
      >
        <span className={paused ? 'kiosk-icon kiosk-icon--play' : 'kiosk-icon kiosk-icon--pause'} aria-hidden="true" />
        {paused ? t('play') : t('pause')}
      </button>
      <button
        type="button"
        className="button button--quiet kiosk-controls__step"
        onClick={onPrevious}
        disabled={!canMove}
        aria-label={t('previous')}
      >
        <span className="kiosk-icon kiosk-icon--previous" aria-hidden="true" />
      </button>
      <p className="kiosk-controls__progress">{progress}</p>
      <button
        type="button"
        className="button button--quiet kiosk-controls__step"
        onClick={onNext}
        disabled={!canMove}
        aria-label={t('next')}
      >
        <span className="kiosk-icon kiosk-icon--next" aria-hidden="true" />
      </button>
    </div>
  );
}
