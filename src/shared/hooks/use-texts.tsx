import type { Namespace, ParseKeys, TOptions } from 'i18next';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLangOf } from '@/shared/lib/html-lang';

/**
 * useTranslation plus `tx`: the same lookup, for text a person sees. A text that comes from a
 * fallback language (a half-translated language shows English or Chinese there) is wrapped in an
 * element carrying that language, so screen readers pronounce it and fonts shape it as what it is.
 * `t` stays for attributes (aria-label, placeholder), which cannot carry a language of their own.
 */
export function useTexts<const Ns extends Namespace = 'common'>(ns?: Ns) {
  const translation = useTranslation(ns);
  const { t, i18n } = translation;
  // A list of namespaces written in the call is a new array at every render: keyed by its names,
  // `tx` stays the same function, and what takes it as a prop (a memoised list) need not re-render.
  const names = typeof ns === 'string' || ns === undefined ? ns : (ns as readonly string[]).join(' ');
  const tx = useCallback(
    (key: ParseKeys<Ns>, options?: TOptions): ReactNode => {
      const text = (t as unknown as (key: string, options?: TOptions) => string)(key as string, options);
      const lng = i18n.language;
      const lookUp = (code: string) =>
        i18n.exists(key as string, { ...options, ns: names?.split(' ') as Ns | undefined, lng: code, fallbackLng: false });
      if (!text || lng === 'cimode' || lookUp(lng)) return text;
      // i18next's own report of the language used (returnDetails) breaks texts that nest others.
      const used = i18n.languages.find((code) => code !== lng && lookUp(code));
      return used ? <span lang={htmlLangOf(used)}>{text}</span> : text;
    },
    [t, i18n, names],
  );
  return { ...translation, tx };
}
