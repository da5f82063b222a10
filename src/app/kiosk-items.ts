import type { KioskItem, KioskText } from '@/features/kiosk/kiosk-item';
import type { LocalizedText, PartnerText } from '@/features/partners/hooks/use-partner-text';
import type { Partner } from '@/features/partners/schema';
import { htmlLangOf } from '@/shared/lib/html-lang';
import { webDeepLink } from '@/shared/lib/site-url';

function toText(value: LocalizedText | null): KioskText | null {
  return value ? { text: value.text, lang: htmlLangOf(value.lang) } : null;
}

/**
 * The partners as the kiosk shows them, in the current language; a partner with no quote in any
 * language has nothing to show in the attract loop (it still appears in the browse view). The
 * highlight is the attract loop's large text; without one in the quote's language the quote is shown.
 */
export function toKioskItems(partners: readonly Partner[], textOf: (partner: Partner) => PartnerText, lng: string): KioskItem[] {
  return partners.flatMap((partner) => {
    const text = textOf(partner);
    const quote = toText(text.quote);
    if (!quote) return [];
    // A highlight stands for the quote shown beside it: one in another language (a fallback) does not.
    const highlight = text.highlight && text.highlight.lang === text.quote?.lang ? toText(text.highlight) : null;
    return [
      {
        id: partner.id,
        name: { text: text.name.text, lang: htmlLangOf(text.name.lang) },
        speaker: toText(text.speaker),
        title: toText(text.title),
        quote,
        highlight,
        link: webDeepLink({ partner: partner.id, lng }),
      },
    ];
  });
}
