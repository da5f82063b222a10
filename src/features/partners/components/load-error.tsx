import { useTexts } from '@/shared/hooks/use-texts';
import { DataFormatError, HttpError } from '@/shared/lib/fetch-json';
import { RetryNotice } from '@/shared/ui/retry-notice';

/** A failed data file: what happened in plain words, and a retry that works. */
export function LoadError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const { t, tx } = useTexts();
  const message =
    error instanceof DataFormatError
      ? t('error.format')
      : error instanceof HttpError
        ? t('error.http', { status: error.status })
        : t('error.network');
  return (
    <RetryNotice
      heading={<h3>{tx('error.heading')}</h3>}
      message={message}
      retryLabel={t('error.retry')}
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}
