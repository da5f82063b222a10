import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { partnersQueryOptions } from '@/features/partners/api/partners-query';
import { DataFormatError, HttpError, NetworkError } from '@/shared/lib/fetch-json';
import { reply, stubFetch } from '@test/support/fetch-stub';
import { PARTNERS_PATH, partnersData } from '@test/support/render-app';

const URL = '/data/partners.json';

describe('partnersQueryOptions', () => {
  const { retry, retryDelay } = partnersQueryOptions(URL);
  if (typeof retry !== 'function' || typeof retryDelay !== 'function') throw new Error('expected retry functions');

  it('retries network and server errors a few times, with growing delays', () => {
    expect(retry(0, new NetworkError('down'))).toBe(true);
    expect(retry(2, new HttpError(503, URL))).toBe(true);
    expect(retry(3, new NetworkError('down'))).toBe(false);
    const delays = [0, 1, 2, 3].map((attempt) => retryDelay(attempt, new NetworkError('down')));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(delays[3]).toBeGreaterThan(delays[0]!);
    expect(retryDelay(20, new NetworkError('down'))).toBeLessThanOrEqual(8_000);
  });

  it('never retries a malformed file or a client error', () => {
    expect(retry(0, new DataFormatError('bad'))).toBe(false);
    expect(retry(0, new HttpError(404, URL))).toBe(false);
  });

  it('fetches and parses the file', async () => {
    stubFetch({ [PARTNERS_PATH]: reply.json(partnersData()) });
    const data = await new QueryClient().fetchQuery(partnersQueryOptions(URL));
    expect(data.partners).toHaveLength(12);
    // No official logo files are supplied yet (public/logos/): every partner shows its name tile.
    expect(data.partners.map((partner) => partner.logo)).toEqual(data.partners.map(() => null));
  });

  describe('through a QueryClient, on a fake clock', () => {
    afterEach(() => vi.useRealTimers());

    async function settle(routesReply: Parameters<typeof stubFetch>[0][string]) {
      vi.useFakeTimers();
      const fetchMock = stubFetch({ [PARTNERS_PATH]: routesReply });
      const result = new QueryClient().fetchQuery(partnersQueryOptions(URL)).then(
        () => 'ok',
        (error: Error) => error.name,
      );
      await vi.advanceTimersByTimeAsync(60_000);
      return { outcome: await result, calls: fetchMock.mock.calls.length };
    }

    it('asks once for a file of the wrong shape', async () => {
      expect(await settle(reply.json({ partners: 'none' }))).toEqual({ outcome: 'DataFormatError', calls: 1 });
    });

    it('asks once for malformed JSON', async () => {
      expect(await settle(reply.text('{'))).toEqual({ outcome: 'DataFormatError', calls: 1 });
    });

    it('asks four times (one try, three retries) while the network is down', async () => {
      expect(await settle(reply.networkError())).toEqual({ outcome: 'NetworkError', calls: 4 });
    });

    it('recovers when the network comes back during the retries', async () => {
      expect(await settle([reply.networkError(), reply.status(502), reply.json(partnersData())])).toEqual({ outcome: 'ok', calls: 3 });
    });
  });
});
