/**
 * How long a slide stays: as long as its text takes to read from a few metres, standing, often in
 * a second language. Chinese and Japanese are counted in characters, everything else in words
 * (a Latin word inside Chinese text, such as "Volcano", counts as one word).
 *
 * The rates sit below the averages measured for adults reading aloud, the pace of someone who
 * reads every word (IReST, Trauzettel-Klosinski et al. 2012: Chinese 255 characters, English 228
 * words a minute), because booth visitors read from afar and many read English as a second
 * language. The first seconds go to finding the text and seeing who is speaking.
 */
const CHARACTERS_PER_MINUTE = 250;
const WORDS_PER_MINUTE = 160;
const ORIENTATION_MS = 2_000;
/** A short sentence still gets a calm slide; a long fallback quote must not stall the loop. */
export const MIN_SLIDE_MS = 6_000;
export const MAX_SLIDE_MS = 30_000;

/** Scripts read character by character (no spaces between words). */
const CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** A word: letters or digits, with inner apostrophes, hyphens or digit groups (don't, co-construction, 100,000). */
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

export function readingLoad(text: string): { characters: number; words: number } {
  const characters = text.match(CHARACTER)?.length ?? 0;
  const words = text.replace(CHARACTER, ' ').match(WORD)?.length ?? 0;
  return { characters, words };
}

/** Milliseconds a visitor needs for this text, from MIN_SLIDE_MS to MAX_SLIDE_MS. */
export function readingTimeMs(text: string, extraMs = 0): number {
  const { characters, words } = readingLoad(text);
  const reading = (characters / CHARACTERS_PER_MINUTE + words / WORDS_PER_MINUTE) * 60_000;
  return Math.round(Math.min(Math.max(ORIENTATION_MS + reading + extraMs, MIN_SLIDE_MS), MAX_SLIDE_MS));
}
