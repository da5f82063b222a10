import { vi, type Mock } from 'vitest';

/**
 * Routed fetch for tests: each route answers with a list of replies, used in order, the last one
 * repeating. A fetch no route matches fails the test loudly instead of reaching the network.
 *
 *   const fetchMock = stubFetch({ 'data/partners.json': [reply.status(500), reply.json(data)] });
 *   expect(fetchMock).toHaveBeenCalledTimes(2);
 */
export type Reply = (url: string) => Response | Promise<Response>;

export const reply = {
  json:
    (data: unknown, status = 200): Reply =>
    () =>
      new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } }),
  /** A body that is not JSON, e.g. an HTML error page served with 200. */
  text:
    (body: string, status = 200): Reply =>
    () =>
      new Response(body, { status, headers: { 'content-type': 'text/plain' } }),
  status:
    (status: number): Reply =>
    () =>
      new Response('', { status }),
  /** What fetch does when the network is down: it rejects with a TypeError. */
  networkError: (): Reply => () => Promise.reject(new TypeError('Failed to fetch')),
  /** Never answers: the page stays in its loading state. */
  pending: (): Reply => () => new Promise<Response>(() => {}),
};

export type Routes = Record<string, Reply | readonly Reply[]>;

/** Installs the stub as the global fetch (undone by vi.unstubAllGlobals in test/setup.ts). */
export function stubFetch(routes: Routes): Mock<typeof fetch> {
  const calls = new Map<string, number>();
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const route = Object.keys(routes).find((pattern) => url.includes(pattern));
    if (route === undefined) throw new Error(`stubFetch: no route for ${url}`);
    const entry = routes[route]!;
    const replies: readonly Reply[] = typeof entry === 'function' ? [entry] : entry;
    const index = calls.get(route) ?? 0;
    calls.set(route, index + 1);
    return replies[Math.min(index, replies.length - 1)]!(url);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
