/** BCP 47 tags for lang attributes where a locale folder name alone is not the best tag. */
// en-XA is the conventional tag for accented pseudo-English (the review-only ?lng=pseudo).
// A Map, so that a name every object answers to ("constructor") is not mistaken for an entry.
const HTML_LANG = new Map([
  ['zh', 'zh-CN'],
  ['pseudo', 'en-XA'],
]);

export function htmlLangOf(lng: string): string {
  return HTML_LANG.get(lng) ?? lng;
}
