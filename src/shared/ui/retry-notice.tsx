import type { ReactNode } from 'react';

interface RetryNoticeProps {
  /** A heading element, at the level that fits where the notice stands. */
  heading?: ReactNode;
  message: ReactNode;
  retryLabel: string;
  /** Absent in the markup prerendered for the page's entry, which wires the button itself (app/first-screen.ts). */
  onRetry?: () => void;
  retrying?: boolean;
  className?: string;
  /** More actions beside the retry button. */
  children?: ReactNode;
}

/** Something did not load: what happened, in plain words, and a button that tries again. */
export function RetryNotice({ heading, message, retryLabel, onRetry, retrying = false, className, children }: RetryNoticeProps) {
  return (
    <div className={className ? `retry-notice ${className}` : 'retry-notice'} role="alert">
      {heading}
      <p>{message}</p>
      <div className="retry-notice__actions">
        <button type="button" className="button" onClick={onRetry} disabled={retrying} aria-busy={retrying}>
          {retryLabel}
        </button>
        {children}
      </div>
    </div>
  );
}
