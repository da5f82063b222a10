import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation('kiosk');
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
      <h2 id={headingId}>{t('idle.heading')}</h2>
      <p id={bodyId}>{t('idle.body', { count: seconds })}</p>
      <p className="kiosk-idle__count" aria-hidden="true">
        {seconds}
      </p>
      <button type="button" className="button kiosk-idle__stay" onClick={onStay}>
        {t('idle.stay')}
      </button>
    </dialog>
  );
}
