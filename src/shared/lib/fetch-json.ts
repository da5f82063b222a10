/**
 * Fetching JSON with errors that say what went wrong, so callers can decide what to retry:
 * network and HTTP failures may heal on their own; a malformed file will not.
 */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} for ${url}`);
  }
}

export class DataFormatError extends Error {
  override name = 'DataFormatError';
}

export function isRetryable(error: unknown): boolean {
  return (
    error instanceof NetworkError || (error instanceof HttpError && (error.status >= 500 || error.status === 408 || error.status === 429))
  );
}

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    // A plain GET with no extra headers, so it picks up the <link rel="preload"> of the same file.
    response = await fetch(url, { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(`Could not reach ${url}`, { cause });
  }
  if (!response.ok) throw new HttpError(response.status, url);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new DataFormatError(`${url} is not valid JSON`, { cause });
  }
}
