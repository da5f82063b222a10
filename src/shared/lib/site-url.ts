/**
 * The public web address of the showcase, for links that leave the device (QR codes on the
 * kiosk). VITE_SITE_URL is an absolute URL ending in "/"; "/" (the default) means "wherever this
 * build is served from".
 */
export function siteBaseUrl(configured: string = import.meta.env.VITE_SITE_URL ?? '/'): string {
  if (/^https?:\/\//i.test(configured)) return configured.replace(/\/?$/, '/');
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/** A link into the web app with the given query, e.g. webDeepLink({ partner: 'baidu', lng: 'en' }). */
export function webDeepLink(params: Record<string, string>, base: string = siteBaseUrl()): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}
