import { startTransition } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from './react-dom-client';
import { createI18n, hasFirstScreenTexts } from '@/features/language/i18n';
import { nextTask, whenIdle } from '@/shared/lib/when-idle';
import { initialNamespaces } from './initial-language';
import { createQueryClient } from './query-client';
import { PageRoot } from './root';

/**
 * React could not hydrate part of the prerendered screen and rendered it afresh: the texts the
 * page loaded are not those the build rendered (a locale file updated after the build, say). The
 * page is right; what is left is a note for whoever reads the console.
 */
const onRecoverableError = (error: unknown) =>
  console.warn('The prerendered first screen did not match the texts loaded; it was rendered afresh', error);

/**
 * The app, rendered into #root once the language's texts are in (src/main.ts calls it). Where the
 * entry showed the prerendered first screen, the app hydrates it: its first render matches that
 * screen word for word, so nothing on it is painted twice. A language whose texts did not load
 * renders afresh instead, with what its fallbacks have (a hydration could not match).
 */
export function renderPage({ lng, kiosk, hydrate }: { lng: string; kiosk: boolean; hydrate: boolean }): void {
  const { i18n, ready } = createI18n(lng, { namespaces: initialNamespaces(kiosk) });
  const queryClient = createQueryClient();
  // The kiosk's recovery is a chunk of its own (web visitors never download it).
  const options: Promise<RootOptions> = kiosk
    ? import('./kiosk-recovery').then((module) => module.kioskRootOptions(i18n))
    : Promise.resolve({});
  void Promise.all([ready, options]).then(async ([, rootOptions]) => {
    // Hydration starts in a task of its own, not in the one where i18next took in the texts.
    await nextTask();
    const container = document.getElementById('root')!;
    const page = <PageRoot i18n={i18n} queryClient={queryClient} />;
    // In a transition: React renders in slices and lets the browser in between (a click, a paint),
    // rather than in one long task (Lighthouse's TBT).
    startTransition(() => {
      if (hydrate && hasFirstScreenTexts(i18n, lng)) hydrateRoot(container, page, { ...rootOptions, onRecoverableError });
      else createRoot(container, rootOptions).render(page);
    });
  });
  // Not needed for the first screen: the service worker registers when the page has settled.
  whenIdle(() => void import('./service-worker').then(({ registerServiceWorker }) => registerServiceWorker({ kiosk })));
}
