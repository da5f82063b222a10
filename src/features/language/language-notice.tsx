import type { i18n as I18n } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { retryUntil, type RetrySchedule } from '@/shared/lib/recovery';
import { RetryNotice } from '@/shared/ui/retry-notice';
import { TEXTS_REPLACED, hasLocale, nativeNameOf } from './locales';

/**
 * The files of the current language that the page uses and that failed to load (a 404, a dropped
 * connection, a broken file); never one still on its way. Files in use are settled when the page
 * first renders and when the language changes (i18next loads them before either); a file asked for
 * later counts once i18next reports it failed.
 */
function useMissingFiles(i18n: I18n): string[] {
  // Read after the first render: a hydrating render must match the prerendered screen.
  const [missing, setMissing] = useState<string[]>([]);
  useEffect(() => {
    const update = (next: (previous: string[]) => string[]) =>
      setMissing((previous) => {
        const list = [...new Set(next(previous))].sort();
        return list.join() === previous.join() ? previous : list;
      });
    const settled = () =>
      update(() => {
        const lng = i18n.language;
        if (!lng || lng === 'cimode') return [];
        return [i18n.options.ns ?? []].flat().filter((ns) => hasLocale(lng, ns) && !i18n.hasResourceBundle(lng, ns));
      });
    const failed = (lng: string, ns: string) => {
      if (lng === i18n.language) update((previous) => [...previous, ns]);
    };
    // i18next reports what it tried as { [language]: { [namespace]: true } }, files that failed
    // again included (a retry that got a 404): only a file now in the store is no longer missing.
    const loaded = (files: Record<string, Record<string, boolean>>) =>
      update((previous) => previous.filter((ns) => !(files[i18n.language]?.[ns] && i18n.hasResourceBundle(i18n.language, ns))));
    settled();
    i18n.on('languageChanged', settled);
    i18n.on('failedLoading', failed);
    i18n.on('loaded', loaded);
    return () => {
      i18n.off('languageChanged', settled);
      i18n.off('failedLoading', failed);
      i18n.off('loaded', loaded);
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
      const files = pending.split(',');
      await i18n.reloadResources([lng], files);
      const loaded = files.every((ns) => i18n.hasResourceBundle(lng, ns));
      // What the page shows in a fallback language until now: shown again in this one.
      if (files.some((ns) => i18n.hasResourceBundle(lng, ns))) i18n.emit(TEXTS_REPLACED);
      return loaded;
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
