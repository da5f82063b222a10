import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@/features/partners/schema';

export type PartnerField = 'name' | 'speaker' | 'title' | 'quote' | 'highlight';

/** A piece of partner text and the language it is actually in (a fallback may differ). */
export interface LocalizedText {
  text: string;
  lang: string;
}

export type PartnerText = Record<PartnerField, LocalizedText | null> & { name: LocalizedText };

/**
 * Partner texts come from the data's ids, not from code, so they are resolved here rather than
 * through typed t() keys: the current language first, then the fallback chain, recording which
 * language answered so the markup can carry its own lang attribute.
 */
export function usePartnerText(): (partner: Partner) => PartnerText {
  // t changes identity whenever the language changes or a fallback bundle arrives.
  const { i18n, t } = useTranslation(['partners']);
  return useCallback(
    (partner: Partner) => {
      const resolve = (field: PartnerField): LocalizedText | null => {
        if (i18n.language === 'cimode') return { text: `partners:${partner.id}.${field}`, lang: 'en' };
        for (const lng of i18n.languages) {
          const value: unknown = i18n.getResource(lng, 'partners', `${partner.id}.${field}`);
          if (typeof value === 'string' && value.trim() !== '') return { text: value, lang: lng };
        }
        return null;
      };
      const name = resolve('name');
      const quote = resolve('quote');
      // Every partner has a name and a quote somewhere. Asking t() for a missing one reports the
      // miss to i18next, which then fetches the fallback languages (see language/i18n.ts).
      if (!name) t(`${partner.id}.name`);
      if (!quote) t(`${partner.id}.quote`);
      return {
        // A partner with no name in any language still needs a heading: its id is the least bad.
        name: name ?? { text: partner.id, lang: 'en' },
        speaker: resolve('speaker'),
        title: resolve('title'),
        quote,
        highlight: resolve('highlight'),
      };
    },
    [i18n, t],
  );
}

/** The languages the site offers: i18next's supportedLngs, less the key-showing 'cimode' it adds. */
function offeredLanguages(i18n: I18n): string[] {
  const supported = i18n.options.supportedLngs;
  return Array.isArray(supported) ? supported.filter((lng) => lng !== 'cimode') : [...i18n.languages];
}

/** A text of a partner in a language's bundle, read as data (an id such as "constructor" is an entry like any other). */
function ownText(bundle: unknown, id: string, field: PartnerField): string | null {
  if (!bundle || typeof bundle !== 'object' || !Object.hasOwn(bundle, id)) return null;
  const entry: unknown = (bundle as Record<string, unknown>)[id];
  if (!entry || typeof entry !== 'object' || !Object.hasOwn(entry, field)) return null;
  const value: unknown = (entry as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

/**
 * The partner texts of each language (undefined until loaded) as one value that changes only when
 * one of them does: i18next replaces a bundle whole when a file arrives, so comparing them is enough,
 * and texts of other namespaces arriving change nothing here.
 */
function usePartnerBundles(i18n: I18n, languages: readonly string[]): readonly unknown[] {
  const last = useRef<readonly unknown[]>([]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      i18n.store.on('added', onChange);
      i18n.store.on('removed', onChange);
      return () => {
        i18n.store.off('added', onChange);
        i18n.store.off('removed', onChange);
      };
    },
    [i18n],
  );
  const read = useCallback(() => {
    const bundles: unknown[] = languages.map((lng) => i18n.getResourceBundle(lng, 'partners'));
    if (bundles.length !== last.current.length || bundles.some((bundle, index) => bundle !== last.current[index])) last.current = bundles;
    return last.current;
  }, [i18n, languages]);
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * What a visitor may type to find a partner: its name and its speaker's name in every language the
 * site offers ("Huawei" finds 华为云 on the Chinese page, "百度" finds Baidu on the English one).
 * The other languages' texts are not part of the first screen: they load once `wanted` (the visitor
 * is about to search). Until they have arrived (or failed), `loading` is true.
 */
export function usePartnerNames(wanted: boolean): { namesOf: (partner: Partner) => string[]; loading: boolean } {
  const { i18n } = useTranslation(['partners']);
  const languages = useMemo(() => offeredLanguages(i18n), [i18n]);
  const bundles = usePartnerBundles(i18n, languages);
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!wanted) return undefined;
    let current = true;
    // Adds the languages to i18next's preload list: a namespace loaded later comes in them too.
    // loadLanguages settles also when a file fails; that language's names are then not searched.
    void i18n.loadLanguages(languages).then(() => current && setSettled(true));
    return () => {
      current = false;
    };
  }, [wanted, i18n, languages]);
  const namesOf = useCallback(
    (partner: Partner) =>
      bundles
        .flatMap((bundle) => [ownText(bundle, partner.id, 'name'), ownText(bundle, partner.id, 'speaker')])
        .filter((text) => text !== null),
    [bundles],
  );
  const loaded = bundles.every((bundle) => bundle !== undefined);
  return { namesOf, loading: wanted && !settled && !loaded };
}
