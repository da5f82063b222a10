import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterval } from '@/shared/hooks/use-interval';
import { useTimeout } from '@/shared/hooks/use-timeout';
import './kiosk.css';

interface KioskFatalErrorProps {
  /** When the display restarts itself (grows with each recent restart: see reload-guard). */
  delayMs: number;
  onRestart: () => void;
}

/**
 * What visitors see instead of a broken page: a calm message and a restart that happens by
 * itself, so a booth left alone recovers without staff.
 */
export function KioskFatalError({ delayMs, onRestart }: KioskFatalErrorProps) {
  const { t } = useTranslation('kiosk');
  const [seconds, setSeconds] = useState(Math.ceil(delayMs / 1000));
  useInterval(() => setSeconds((value) => Math.max(value - 1, 0)), 1000);
  useTimeout(onRestart, delayMs);
  return (
    <main className="kiosk-fatal" role="alert">
      <h1>{t('fatal.heading')}</h1>
      <p>{t('fatal.body', { count: seconds })}</p>
      <button type="button" className="button kiosk-fatal__restart" onClick={onRestart}>
        {t('fatal.restart')}
      </button>
    </main>
  );
}
