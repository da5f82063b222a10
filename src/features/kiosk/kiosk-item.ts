/** A piece of text and the BCP 47 tag of the language it is in (a fallback may differ from the page). */
export interface KioskText {
  text: string;
  lang: string;
}

/**
 * One testimonial as the kiosk shows it. app/ builds these from the partner data and the resolved
 * texts, so this feature knows nothing about where they come from.
 */
export interface KioskItem {
  id: string;
  name: KioskText;
  speaker: KioskText | null;
  title: KioskText | null;
  quote: KioskText;
  /** The web page of this testimonial, for the QR code a visitor takes away. */
  link: string;
}
