import { renderToString } from 'react-dom/server';
import { createI18n } from '@/features/language/i18n';
import { AVAILABLE_LANGUAGES, NAMESPACES, hasLocale } from '@/features/language/locales';
import { htmlLangOf } from '@/shared/lib/html-lang';
import { RetryNotice } from '@/shared/ui/retry-notice';
import { createQueryClient } from './query-client';
import { PageRoot } from './root';

/**
 * Build time only (vite.config.ts runs it in Node): the page's first render in each language, as a
 * browser renders it for a URL without a query before the data has arrived: the header, the
 * section heading and the list's skeleton. src/app/first-screen.ts shows it before the app loads,
 * and the app hydrates it. Text is escaped by React, as in the browser.
 */
export interface PrerenderedScreen {
  lng: string;
  htmlLang: string;
  markup: string;
  /** What the entry shows should the app's script not download (src/app/app-loader.ts). */
  loadFailedMarkup: string;
}

export async function renderFirstScreen(lng: string): Promise<PrerenderedScreen> {
  const { i18n, ready } = createI18n(lng, { syncDocument: false });
  await ready;
  // A file that did not load would prerender a screen without its texts: better none at all.
  const failed = NAMESPACES.filter((ns) => hasLocale(lng, ns) && !i18n.hasResourceBundle(lng, ns));
  if (failed.length > 0) throw new Error(`locales/${lng}/{${failed.join(',')}}.json did not load`);
  return {
    lng,
    htmlLang: htmlLangOf(lng),
    markup: renderToString(<PageRoot i18n={i18n} queryClient={createQueryClient()} />),
    loadFailedMarkup: renderToString(
      <RetryNotice className="retry-notice--floating" message={i18n.t('error.page')} retryLabel={i18n.t('error.retry')} />,
    ),
  };
}

/** Every language that renders; one that fails (a broken file, say) is named and left to render in the browser. */
export async function renderFirstScreens(): Promise<PrerenderedScreen[]> {
  const results = await Promise.allSettled(AVAILABLE_LANGUAGES.map(renderFirstScreen));
  return results.flatMap((result, index) => {
    if (result.status === 'fulfilled') return [result.value];
    console.warn(`No prerendered first screen for "${AVAILABLE_LANGUAGES[index]}": ${String(result.reason)}`);
    return [];
  });
}
