/** Only http(s) URLs ever become links: javascript:, data:, vbscript: and friends never do. */
export function toSafeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
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
  const site = new URL(root, 'https://site.invalid');
  const url = new URL(resolved, site);
  return url.origin === site.origin && url.pathname.startsWith(site.pathname) ? resolved : null;
}
