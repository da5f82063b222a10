/**
 * The page's index.html as a reload would get it now, from the server or from the service
 * worker's precache (a kiosk offline still has one), or null when neither answers: a reload
 * would then land on the browser's offline screen. A GET, because a service worker answers GETs only.
 */
export async function fetchPageHtml(timeoutMs = 5_000): Promise<string | null> {
  try {
    const response = await fetch(new URL('index.html', document.baseURI), { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/** The path of the page's own entry script ("/assets/index-<hash>.js" in a build). */
export function entryScriptPath(doc: Document = document): string | null {
  return doc.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src') ?? null;
}

/** True when the server now has another build than this page: its index.html names another entry script. */
export async function newerBuildDeployed(): Promise<boolean> {
  const entry = entryScriptPath();
  const html = entry ? await fetchPageHtml() : null;
  return html !== null && !html.includes(`"${entry}"`);
}
