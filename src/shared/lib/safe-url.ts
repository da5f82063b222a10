/**
 * new URL() without its exception: these functions read strings from data files, and a string the
 * URL parser refuses (a lone "\\" after "/" reads as a host that is not there) is simply not a URL.
 */
function parseUrl(value: string, base?: string | URL): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** Only http(s) URLs ever become links: javascript:, data:, vbscript: and friends never do. */
export function toSafeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  const url = parseUrl(trimmed);
  return url?.protocol === 'http:' || url?.protocol === 'https:' ? url.href : null;
}

/**
 * An image source from the data file: a path relative to the site root (no scheme, no "..",
 * no protocol-relative "//") or an absolute https URL.
 */
export function toSafeAssetUrl(value: unknown, base: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^https:\/\//i.test(trimmed)) return toSafeHttpUrl(trimmed);
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || trimmed.split('/').includes('..')) return null;
  const root = base.replace(/\/?$/, '/');
  const resolved = root + trimmed.replace(/^\/+/, '');
  // Judge the path as the browser will read it: "/\\host" and "/\t/host" become "//host", "%2e%2e" is "..".
  const site = parseUrl(root, 'https://site.invalid');
  const url = site && parseUrl(resolved, site);
  return site && url && url.origin === site.origin && url.pathname.startsWith(site.pathname) ? resolved : null;
}
