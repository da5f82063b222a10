import type { i18n as I18n } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { retryUntil, type RetrySchedule } from '@/shared/lib/recovery';
import { RetryNotice } from '@/shared/ui/retry-notice';
import { hasLocale, nativeNameOf } from './locales';

/** The files of the current language that the page uses but could not load (a 404, a dropped connection, a broken file). */
function missingFiles(i18n: I18n): string[] {
  const lng = i18n.language;
  if (!lng || lng === 'cimode') return [];
  return [i18n.options.ns ?? []].flat().filter((ns) => hasLocale(lng, ns) && !i18n.hasResourceBundle(lng, ns));
}

function useMissingFiles(i18n: I18n): string[] {
  // Read after the first render: a hydrating render must match the prerendered screen.
  const [missing, setMissing] = useState<string[]>([]);
  useEffect(() => {
    const check = () =>
      setMissing((previous) => {
        const next = missingFiles(i18n);
        return next.join() === previous.join() ? previous : next;
      });
    check();
    const events = ['languageChanged', 'loaded', 'failedLoading'] as const;
    for (const event of events) i18n.on(event, check);
    return () => {
      for (const event of events) i18n.off(event, check);
    };
  }, [i18n]);
  return missing;
}

/**
 * Some texts of the visitor's language did not load: the page shows them in a fallback language,
 * marked as such, says so here, and tries again by itself (when the browser is back online and on
 * a backoff) and at a press of Retry. The notice goes once the files are in.
 */
export function LanguageNotice() {
  const { t, tx, i18n } = useTexts();
  const missing = useMissingFiles(i18n);
  const retries = useRef<RetrySchedule | null>(null);
  const lng = i18n.language;
  const pending = missing.join();
  useEffect(() => {
    if (!pending) return undefined;
    const schedule = retryUntil(async () => {
      await i18n.reloadResources([lng], pending.split(','));
      return missingFiles(i18n).length === 0;
    });
    retries.current = schedule;
    return schedule.stop;
  }, [i18n, lng, pending]);
  if (missing.length === 0) return null;
  return (
    <RetryNotice
      className="retry-notice--language"
      message={tx('language.notLoaded', { language: nativeNameOf(i18n.language) })}
      retryLabel={t('error.retry')}
      onRetry={() => retries.current?.now()}
    />
  );
}
