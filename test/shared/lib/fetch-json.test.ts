import { describe, expect, it } from 'vitest';
import { DataFormatError, HttpError, NetworkError, fetchJson, isRetryable } from '@/shared/lib/fetch-json';
import { reply, stubFetch } from '@test/support/fetch-stub';

const URL_PATH = '/data/partners.json';

describe('fetchJson', () => {
  it('returns the parsed body from a plain GET (no extra headers, so the HTML preload of the file is reused)', async () => {
    const fetchMock = stubFetch({ [URL_PATH]: reply.json({ partners: [] }) });
    await expect(fetchJson(URL_PATH)).resolves.toEqual({ partners: [] });
    const init = fetchMock.mock.calls[0]?.[1] as RequestInit | undefined;
    expect(init?.headers).toBeUndefined();
    expect(init?.method ?? 'GET').toBe('GET');
  });

  it('turns an HTTP error into an HttpError with its status', async () => {
    stubFetch({ [URL_PATH]: reply.status(404) });
    const error = await fetchJson(URL_PATH).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, url: URL_PATH });
  });

  it('turns a network failure into a NetworkError that keeps its cause', async () => {
    stubFetch({ [URL_PATH]: reply.networkError() });
    const error = await fetchJson(URL_PATH).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it.each(['{"partners": [', '<!doctype html><title>Not found</title>', ''])(
    'turns the malformed body %j into a DataFormatError',
    async (body) => {
      stubFetch({ [URL_PATH]: reply.text(body) });
      await expect(fetchJson(URL_PATH)).rejects.toBeInstanceOf(DataFormatError);
    },
  );

  it('lets an abort through as it is, not as a network error', async () => {
    const controller = new AbortController();
    stubFetch({ [URL_PATH]: () => Promise.reject(new DOMException('aborted', 'AbortError')) });
    controller.abort();
    const error = await fetchJson(URL_PATH, controller.signal).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('isRetryable', () => {
  it.each([
    ['a network error', new NetworkError('down'), true],
    ['HTTP 500', new HttpError(500, URL_PATH), true],
    ['HTTP 503', new HttpError(503, URL_PATH), true],
    ['HTTP 408', new HttpError(408, URL_PATH), true],
    ['HTTP 429', new HttpError(429, URL_PATH), true],
    ['HTTP 404', new HttpError(404, URL_PATH), false],
    ['HTTP 403', new HttpError(403, URL_PATH), false],
    ['a malformed file', new DataFormatError('bad'), false],
    ['any other error', new Error('boom'), false],
  ])('%s: %s', (_label, error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});
