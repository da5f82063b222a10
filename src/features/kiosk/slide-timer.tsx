import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterval } from '@/shared/hooks/use-interval';

interface SlideTimerProps {
  durationMs: number;
  /** False while paused or held by a touch: the indicator stands still, as the slide does. */
  running: boolean;
}

/**
 * The time left on the slide: a hairline that empties (kiosk.css draws it, in whole seconds under
 * reduced motion), and the whole seconds for screen readers. The parent keys it by the carousel's
 * run, so it starts full whenever the slide's timer does.
 */
export function SlideTimer({ durationMs, running }: SlideTimerProps) {
  const { t, i18n } = useTranslation('kiosk');
  const seconds = Math.max(1, Math.round(durationMs / 1000));
  const [left, setLeft] = useState(seconds);
  useInterval(() => setLeft((value) => Math.max(value - 1, 0)), running && left > 0 ? 1000 : null);
  // "8 seconds", "8秒": the unit in the page's language from Intl, no text of our own to translate.
  const valueText = new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(left);
  const style = { '--slide-ms': `${durationMs}ms`, '--slide-seconds': seconds } as CSSProperties;
  return (
    <div
      className="kiosk-timer"
      role="progressbar"
      aria-label={t('timerLabel')}
      aria-valuemin={0}
      aria-valuemax={seconds}
      aria-valuenow={left}
      aria-valuetext={valueText}
      data-running={running}
    >
      <span className="kiosk-timer__fill" style={style} />
    </div>
  );
}
