/**
 * The Latin typeface, Source Sans 3 (self-hosted, declared in src/shared/ui/base.css), on every
 * page view after the first. A web font on the first screen's text puts its download on the way to
 * the first paint (Lighthouse's LCP grew by some 400 ms with it); so a first visit reads English in
 * a local face scaled to Source Sans 3's metrics, the page fetches the font once it is idle, and from
 * then on the font is there, from the cache, before the first paint. It is never swapped in while a
 * page is open: nothing on it ever moves for the type (CLS 0).
 */
const STORAGE_KEY = 'partner-showcase.latin-face';
const ROOT_CLASS = 'latin-face';

/** Before the first paint: use the typeface where an earlier visit has fetched it. */
export function applyLatinFace(): void {
  try {
    if (window.localStorage.getItem(STORAGE_KEY) === '1') document.documentElement.classList.add(ROOT_CLASS);
  } catch {
    // No storage (a private mode, a policy): the scaled local face, as on a first visit.
  }
}

/** Once the page is idle: fetch the typeface for the next page view, and remember that it is there. */
export function fetchLatinFaceForNextVisit(): void {
  if (document.documentElement.classList.contains(ROOT_CLASS) || typeof document.fonts?.load !== 'function') return;
  document.fonts.load('400 1em "Source Sans 3"').then(
    (faces) => {
      try {
        if (faces.length > 0) window.localStorage.setItem(STORAGE_KEY, '1');
      } catch {
        // Without storage the next visit cannot know; it reads the local face.
      }
    },
    () => {},
  );
}
