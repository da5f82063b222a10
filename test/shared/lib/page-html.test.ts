import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newerBuildDeployed } from '@/shared/lib/page-html';

describe('whether the server has a newer build', () => {
  const serve = (html: string | null) =>
    vi
      .spyOn(window, 'fetch')
      .mockImplementation(async () => (html === null ? Promise.reject(new TypeError('Failed to fetch')) : new Response(html)));

  beforeEach(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.setAttribute('src', '/assets/index-AAAA.js');
    document.head.append(script);
  });
  afterEach(() => {
    document.head.querySelector('script[src="/assets/index-AAAA.js"]')?.remove();
    vi.restoreAllMocks();
  });

  it('is told by the entry script index.html names now', async () => {
    serve('<script type="module" crossorigin src="/assets/index-AAAA.js"></script>');
    expect(await newerBuildDeployed()).toBe(false);
    serve('<script type="module" crossorigin src="/assets/index-BBBB.js"></script>');
    expect(await newerBuildDeployed()).toBe(true);
  });

  it('is no, when nothing answers', async () => {
    serve(null);
    expect(await newerBuildDeployed()).toBe(false);
  });
});
