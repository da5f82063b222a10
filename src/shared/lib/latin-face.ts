/**
 * The Latin typeface, Source Sans 3 (self-hosted, declared in src/shared/ui/base.css), wherever it
 * is already on the device before the first paint: in a page the service worker controls, which
 * holds every file of the app in its precache, the font included (vite.config.ts). A web font on
 * the first screen's text otherwise puts its download on the way to the first paint (Lighthouse's
 * LCP grew by some 400 ms with it). So a first visit reads English in a local face scaled to Source
 * Sans 3's metrics, the service worker it installs brings the font along, and every later visit has
 * it from the first paint. It is never swapped in while a page is open (font-display: optional):
 * nothing on the page ever moves for the type (CLS 0).
 */
export function applyLatinFace(): void {
  if (navigator.serviceWorker?.controller) document.documentElement.classList.add('latin-face');
}

/**
 * The booth display has no first paint to protect: it fetches the typeface at its start (same
 * origin, or the service worker's precache) and uses it from its first screen on, not only after
 * the service worker's first reload. The promise settles once the face is in use, or after
 * `waitMs` without it (the booth then reads the local face): the kiosk renders after it, so its
 * text is fitted to the face it is shown in.
 */
export function loadLatinFace(waitMs = 2_000): Promise<void> {
  if (!document.fonts?.load) return Promise.resolve();
  const loaded = document.fonts.load('1em "Source Sans 3"').then(
    (faces) => {
      if (faces.length > 0) document.documentElement.classList.add('latin-face');
    },
    () => {},
  );
  return Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
}
