/** BCP 47 tags for lang attributes where a locale folder name alone is not the best tag. */
const HTML_LANG: Record<string, string> = { zh: 'zh-CN' };

export function htmlLangOf(lng: string): string {
  return HTML_LANG[lng] ?? lng;
}
