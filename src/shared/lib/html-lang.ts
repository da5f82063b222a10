/** BCP 47 tags for lang attributes where a locale folder name alone is not the best tag. */
// en-XA is the conventional tag for accented pseudo-English (the review-only ?lng=pseudo).
const HTML_LANG: Record<string, string> = { zh: 'zh-CN', pseudo: 'en-XA' };

export function htmlLangOf(lng: string): string {
  return HTML_LANG[lng] ?? lng;
}
