import { newerBuildDeployed } from '@/shared/lib/page-html';
import { mayReloadOnce } from '@/shared/lib/reload-guard';

/**
 * Recovery for a page that must not stay broken, web and kiosk alike: stale chunks after a deploy.
 * The kiosk's own recovery (a friendly screen, a self-reload with backoff) is in kiosk-recovery.ts.
 */
const CHUNK_RELOAD_KEY = 'partner-showcase.chunk-reload';

export const reloadPage = () => window.location.reload();

/**
 * A chunk did not download. The failure goes on to the part that asked for it, which says so and
 * tries again (shared/ui/lazy-part.tsx, app/app-loader.ts): right for a network that dropped.
 * Retrying cannot help when a deploy has replaced this page's build and its chunks are gone: then,
 * once the server is seen to name another entry script, the page reloads into the new build, at
 * most once in a short while. No reload is attempted without a server to answer it.
 */
export function reloadOnStaleChunks(reload: () => void = reloadPage, isStale: () => Promise<boolean> = newerBuildDeployed): () => void {
  const onPreloadError = () => {
    void isStale().then((stale) => {
      if (stale && mayReloadOnce(CHUNK_RELOAD_KEY)) reload();
    });
  };
  window.addEventListener('vite:preloadError', onPreloadError);
  return () => window.removeEventListener('vite:preloadError', onPreloadError);
}
