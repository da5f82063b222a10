import { prerender } from 'react-dom/static';
import type { ReactNode } from 'react';
import { createI18n, hasFirstScreenTexts } from '@/features/language/i18n';
import { AVAILABLE_LANGUAGES, NAMESPACES } from '@/features/language/locales';
import { htmlLangOf } from '@/shared/lib/html-lang';
import { RetryNotice } from '@/shared/ui/retry-notice';
import { createQueryClient } from './query-client';
import { PageRoot } from './root';

/**
 * Build time only (the build's SSR step, see vite.config.ts): the page's first render in each
 * language, as a browser renders it for a URL without a query before the data has arrived: the
 * header, the section heading and the list's skeleton. src/app/first-screen.ts shows it before
 * the app loads, and the app hydrates it. Text is escaped by React, as in the browser.
 */
export interface PrerenderedScreen {
  lng: string;
  htmlLang: string;
  markup: string;
  /** What the page's entry shows should the app's script not download (src/main.ts). */
  loadFailedMarkup: string;
}

async function toHtml(element: ReactNode): Promise<string> {
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

export async function renderFirstScreen(lng: string): Promise<PrerenderedScreen> {
  const { i18n, ready } = createI18n(lng, { document: false });
  await ready;
  // A screen without its own texts would not match what the browser renders: better none at all.
  if (!hasFirstScreenTexts(i18n, lng)) {
    const failed = NAMESPACES.filter((ns) => !i18n.hasResourceBundle(lng, ns)).map((ns) => `locales/${lng}/${ns}.json`);
    throw new Error(`${failed.join(', ')} did not load`);
  }
  return {
    lng,
    htmlLang: htmlLangOf(lng),
    markup: await toHtml(<PageRoot i18n={i18n} queryClient={createQueryClient()} />),
    loadFailedMarkup: await toHtml(
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
