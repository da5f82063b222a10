import type { KioskItem } from './kiosk-item';
import { readingTimeMs } from './reading-time';

/** One slide of the attract loop: a testimonial, or the call to join that closes every loop. */
export type AttractSlide = { id: string; kind: 'quote'; item: KioskItem } | { id: string; kind: 'join' };

/** Scanning a QR code takes a phone out of a pocket: the join slide gets that on top of its reading. */
const SCAN_MS = 6_000;

/** The testimonials in order, then the join slide. Ids are prefixed: no partner id can be taken for the join slide. */
export function attractSlides(items: readonly KioskItem[]): AttractSlide[] {
  return [...items.map((item) => ({ id: `quote:${item.id}`, kind: 'quote' as const, item })), { id: 'join', kind: 'join' }];
}

/** How long a slide stays: rotate= when staff set one, else as long as its text takes to read. */
export function slideDurationMs(slide: AttractSlide, rotateMs: number | null, joinText: string): number {
  if (rotateMs !== null) return rotateMs;
  if (slide.kind === 'join') return readingTimeMs(joinText, SCAN_MS);
  return readingTimeMs((slide.item.highlight ?? slide.item.quote).text);
}
