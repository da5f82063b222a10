import { useCallback } from 'react';
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

/** The text the search box looks through: name, speaker and quote in the current language. */
export function searchableText(text: PartnerText): string {
  return [text.name.text, text.speaker?.text, text.quote?.text].filter(Boolean).join('\n');
}
