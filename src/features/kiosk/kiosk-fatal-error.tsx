import { useState } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
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
  const { tx } = useTexts('kiosk');
  const [seconds, setSeconds] = useState(Math.ceil(delayMs / 1000));
  useInterval(() => setSeconds((value) => Math.max(value - 1, 0)), 1000);
  useTimeout(onRestart, delayMs);
  return (
    <main className="kiosk-fatal" role="alert">
      <h1>{tx('fatal.heading')}</h1>
      <p>{tx('fatal.body', { count: seconds })}</p>
      <button type="button" className="button kiosk-fatal__restart" onClick={onRestart}>
        {tx('fatal.restart')}
      </button>
    </main>
  );
}
