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
