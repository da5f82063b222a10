import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { vi, type Mock } from 'vitest';
import partnersFile from '../../public/data/partners.json';
import { App } from '@/app/app';
import { initialNamespaces, isKioskLaunch } from '@/app/initial-language';
import { Providers } from '@/app/providers';
import { detectLanguage } from '@/features/language/language';
import { createI18n } from '@/features/language/i18n';
import { reply, stubFetch, type Reply, type Routes } from './fetch-stub';

/**
 * Renders the app (or any element) the way main.tsx does: real providers, a real i18next instance
 * with the real locale files (awaited before the first render), a fresh QueryClient, and a routed
 * fetch stub so a test decides what the data file answers.
 *
 *   const { user, fetchMock, i18n } = await renderApp({ url: '/?lng=en&industry=ai' });
 *   await screen.findAllByRole('article');
 *
 *   await renderApp({ routes: partnersRoute(reply.status(500), reply.json(partnersData())) });
 */
export interface RenderAppOptions {
  /** Path and query the page opens at (default '/'). Set before detection, so ?lng= counts. */
  url?: string;
  /** Language to start in; default: what the app detects from the URL, storage and browser. */
  lng?: string;
  /** Fetch routes (see fetch-stub.ts); default: the real public/data/partners.json. */
  routes?: Routes;
  /** Runs on the ready i18n instance before rendering, e.g. to drop a key from a bundle. */
  beforeRender?: (i18n: I18n) => void;
  /** What to render inside the providers (default <App />). */
  ui?: ReactElement;
  /** A QueryClient of your own, e.g. one whose defaults differ; default createTestQueryClient(). */
  queryClient?: QueryClient;
  /** Texts to load before the first render; default: what main.tsx loads for the URL. */
  namespaces?: readonly string[];
}

export interface RenderAppResult extends RenderResult {
  i18n: I18n;
  queryClient: QueryClient;
  fetchMock: Mock<typeof fetch>;
  user: UserEvent;
}

/** The path the app fetches the data from (import.meta.env.BASE_URL is '/' under Vitest). */
export const PARTNERS_PATH = 'data/partners.json';

/** The data file's shape as the README documents it (the real file leaves out optional fields). */
export interface PartnersFile {
  partners: { id: string; logo?: string; website?: string; industries: string[]; featured?: boolean }[];
  community: { contributors: string[]; users: string[] };
}

/** A fresh deep copy of the real data file, safe to mutate in a test. */
export function partnersData(): PartnersFile {
  return structuredClone(partnersFile);
}

/** Routes for the data file alone: replies in order, the last one repeating. */
export function partnersRoute(...replies: Reply[]): Routes {
  return { [PARTNERS_PATH]: replies.length > 0 ? replies : [reply.json(partnersData())] };
}

/** No retries, no cache kept between tests. Note: partnersQueryOptions sets its own retry policy. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity, refetchOnWindowFocus: false } } });
}

export async function renderApp(options: RenderAppOptions = {}): Promise<RenderAppResult> {
  const { url = '/', routes = partnersRoute(), beforeRender, ui = <App />, queryClient = createTestQueryClient() } = options;
  window.history.replaceState(null, '', url);
  const fetchMock = stubFetch(routes);
  const { i18n, ready } = createI18n(options.lng ?? detectLanguage(), {
    namespaces: options.namespaces ?? initialNamespaces(isKioskLaunch()),
  });
  await ready;
  beforeRender?.(i18n);
  // With fake timers, user-event's own pauses must move the fake clock too.
  const user = userEvent.setup({ advanceTimers: (ms) => (vi.isFakeTimers() ? vi.advanceTimersByTime(ms) : undefined) });
  const result = render(
    <Providers i18n={i18n} queryClient={queryClient}>
      {ui}
    </Providers>,
  );
  return { ...result, i18n, queryClient, fetchMock, user };
}
