import { createRoot, hydrateRoot } from 'react-dom/client';
import { startRuntime } from './app/boot';
import { initialNamespaces } from './app/initial-language';
import { createQueryClient, preloadData } from './app/query-client';
import { PageRoot } from './app/root';
import { createI18n } from './features/language/i18n';

/**
 * Renders the app into #root (src/first-paint.ts calls it). Where the entry showed the prerendered
 * first screen, the app hydrates it once the language's texts are in, so its first render matches
 * that screen word for word and nothing on it is painted twice.
 */
export function startApp({ kiosk, language, hydrate }: { kiosk: boolean; language: string; hydrate: boolean }): void {
  const { i18n, ready } = createI18n(language, { namespaces: initialNamespaces(kiosk) });
  const queryClient = createQueryClient();
  preloadData(queryClient);
  const container = document.getElementById('root')!;
  const options = startRuntime({ kiosk, i18n });
  const page = <PageRoot i18n={i18n} queryClient={queryClient} />;
  if (hydrate) void ready.then(() => hydrateRoot(container, page, options));
  else createRoot(container, options).render(page);
}
