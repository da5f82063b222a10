import { useEffect, useId, useRef } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';

interface IdleWarningProps {
  /** Whole seconds until the kiosk returns to its start. */
  seconds: number;
  onStay: () => void;
}

/**
 * "Still there?" before the idle reset (WCAG 2.2.1): a modal dialog, so it sits above an open
 * partner detail (itself modal) and its button takes focus. Escape counts as staying.
 */
export function IdleWarning({ seconds, onStay }: IdleWarningProps) {
  const { tx } = useTexts('kiosk');
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const bodyId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog-surface kiosk-idle"
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={headingId}>{tx('idle.heading')}</h2>
      <p id={bodyId}>{tx('idle.body', { count: seconds })}</p>
      <p className="kiosk-idle__count" aria-hidden="true">
        {seconds}
      </p>
      <button type="button" className="button kiosk-idle__stay" onClick={onStay}>
        {tx('idle.stay')}
      </button>
    </dialog>
  );
}
