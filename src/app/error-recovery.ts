import { mayReloadOnce } from '../shared/lib/reload-guard';

/**
 * Recovery for a page that must not stay broken, web and kiosk alike: stale chunks after a deploy.
 * The kiosk's own recovery (a friendly screen, a self-reload with backoff) is in kiosk-recovery.ts.
 */
const CHUNK_RELOAD_KEY = 'partner-showcase.chunk-reload';

export const reloadPage = () => window.location.reload();

/** A lazy chunk of an older build is gone after a deploy: reload once into the new build. */
export function reloadOnStaleChunks(reload: () => void = reloadPage): () => void {
  const onPreloadError = (event: Event) => {
    // Reloaded moments ago and still failing: let the error reach the error screen, do not loop.
    if (!mayReloadOnce(CHUNK_RELOAD_KEY)) return;
    event.preventDefault();
    reload();
  };
  window.addEventListener('vite:preloadError', onPreloadError);
  return () => window.removeEventListener('vite:preloadError', onPreloadError);
}
