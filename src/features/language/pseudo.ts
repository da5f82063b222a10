/**
 * Pseudo-localisation of the English texts: every letter accented, about 40% longer, wrapped in
 * [ ], with {{placeholders}}, $t(nesting) and <tags> left intact. Hard-coded text then stands out
 * as the only plain English on the page, and a missing ] shows text that was cut off.
 * Loaded only in dev and preview builds (see locales.ts); production never contains it.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'áƀçðéƒĝĥíĵķĺɱñöþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÚṼŴẊÝŽ'][index]!,
  ]),
);
const VOWELS = /[aeiouyAEIOUY]/;
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[A-Za-z0-9]+\s*\/?>)/;
export const EXPANSION = 0.4;

/** Accents and lengthens one text; the parts i18next or React interpret are copied unchanged. */
export function pseudoLocalize(text: string): string {
  if (text.trim() === '') return text;
  const parts = text.split(PROTECTED);
  const visible = parts.filter((_, index) => index % 2 === 0).join('').length;
  // The brackets count towards the extra length; vowels are doubled for the rest.
  let extra = Math.max(0, Math.round(visible * EXPANSION) - 2);
  const body = parts
    .map((part, index) => {
      if (index % 2 === 1) return part;
      let out = '';
      for (const char of part) {
        const accented = ACCENTED[char] ?? char;
        out += accented;
        if (extra > 0 && VOWELS.test(char)) {
          out += accented;
          extra -= 1;
        }
      }
      return out;
    })
    .join('');
  // Too few vowels to reach the length (short words, acronyms): pad inside the brackets.
  return `[${body}${extra > 0 ? ` ${'~'.repeat(extra)}` : ''}]`;
}

/** A whole locale file, nested objects included. */
export function pseudoBundle(bundle: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(bundle).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? pseudoLocalize(value)
        : value && typeof value === 'object'
          ? pseudoBundle(value as Record<string, unknown>)
          : value,
    ]),
  );
}
