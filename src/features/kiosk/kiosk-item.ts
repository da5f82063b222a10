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
  /** One or two sentences of the quote, in the quote's language; null shows the quote itself. */
  highlight: KioskText | null;
  /** The web page of this testimonial, for the QR code a visitor takes away. */
  link: string;
}

/** The program's call to join, a slide of its own in every loop. */
export interface KioskJoin {
  /** Where its QR code leads: the program's page with the requirements and benefits. */
  url: string;
  /** The maintainers' address, shown as text (a booth has no e-mail client). */
  email: string;
}
