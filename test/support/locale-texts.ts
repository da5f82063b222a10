import type { TFunction } from 'i18next';

const NAMESPACES = ['common', 'partners', 'program', 'community', 'kiosk'] as const;
import { createI18n } from '@/features/language/i18n';
import { nativeNameOf } from '@/features/language/locales';

/**
 * The texts a test expects, read from the locale files through i18next as the app reads them
 * (plurals, placeholders and all), so a translator's wording edit never breaks a test:
 *
 *   const en = await textsIn('en');
 *   screen.getByRole('heading', { name: en('header.heading') });
 *   screen.getByText(en('kiosk:fatal.body', { count: 3 }));
 */
export async function textsIn(lng: string): Promise<TFunction<typeof NAMESPACES>> {
  const { i18n, ready } = createI18n(lng, { document: false, namespaces: NAMESPACES });
  await ready;
  return i18n.getFixedT(lng, NAMESPACES);
}

/** The language link's name: each language in its own words (中文, English). */
export const languageName = nativeNameOf;
