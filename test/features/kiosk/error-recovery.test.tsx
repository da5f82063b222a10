import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadOnStaleChunks } from '@/app/error-recovery';
import { newerBuildDeployed } from '@/shared/lib/page-html';
import { reloadKiosk, showStaticFatalScreen } from '@/app/kiosk-recovery';
import { KioskFatalError } from '@/features/kiosk/kiosk-fatal-error';
import { resolveHomeLanguage } from '@/features/kiosk/kiosk-launch';
import { ErrorBoundary } from '@/shared/ui/error-boundary';
import { renderApp } from '@test/support/render-app';

afterEach(() => {
  window.sessionStorage.clear();
  document.getElementById('root')?.remove();
});

describe('a chunk that did not download', () => {
  const preloadError = () => {
    const event = new Event('vite:preloadError', { cancelable: true });
    window.dispatchEvent(event);
    return event;
  };

  it('after a deploy: reloads into the new build once, and lets the error through if that did not help (no loop)', async () => {
    const reload = vi.fn();
    const stop = reloadOnStaleChunks(reload, async () => true);
    expect(preloadError().defaultPrevented, 'the part that asked still hears of it').toBe(false);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    preloadError();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reload).toHaveBeenCalledTimes(1);
    stop();
  });

  it('with the same build on the server, or no server at all: no reload (the part retries in place)', async () => {
    const reload = vi.fn();
    const isStale = vi.fn(async () => false);
    const stop = reloadOnStaleChunks(reload, isStale);
    preloadError();
    await vi.waitFor(() => expect(isStale).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reload).not.toHaveBeenCalled();
    stop();
  });
});

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

describe('a fatal error in the kiosk', () => {
  beforeEach(() => {
    const root = document.createElement('div');
    root.id = 'root';
    root.append(document.createElement('p'));
    document.body.append(root);
  });

  it('replaces a page React gave up on with a friendly screen that restarts by itself', async () => {
    const { i18n } = await renderApp({ url: '/?kiosk=1', lng: 'en', ui: <></> });
    vi.useFakeTimers();
    const restart = vi.fn();
    showStaticFatalScreen(i18n.t.bind(i18n), restart);
    expect(screen.getByRole('alert')).toHaveTextContent('The display ran into a problem');
    expect(screen.getByText('It restarts by itself in 5 seconds. Please wait.')).toBeInTheDocument();
    vi.advanceTimersByTime(4_999);
    expect(restart).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(restart).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Restart now' }));
    expect(restart).toHaveBeenCalledTimes(2);
  });

  it('backs off: each restart soon after the last one waits twice as long, and lands on the home page', async () => {
    const { i18n } = await renderApp({ url: '/?kiosk=1&rotate=5&lng=en', lng: 'en', ui: <></> });
    resolveHomeLanguage('en', 'navigate');
    window.history.replaceState(null, '', '/?kiosk=1&rotate=5&lng=zh&industry=ai&partner=baidu');
    const reload = vi.fn();
    reloadKiosk(reload, async () => true);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    reloadKiosk(reload, async () => true);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(2));
    expect(window.location.search).toBe('?kiosk=1&rotate=5&lng=en');
    showStaticFatalScreen(i18n.t.bind(i18n), vi.fn());
    expect(screen.getByText('It restarts by itself in 20 seconds. Please wait.')).toBeInTheDocument();
  });

  it("does not reload onto the browser's offline screen: it waits until the page can be had", async () => {
    await renderApp({ url: '/?kiosk=1&lng=en', lng: 'en', ui: <></> });
    const reload = vi.fn();
    let answers = false;
    const probe = vi.fn(async () => answers);
    reloadKiosk(reload, probe);
    expect(probe).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A second press while it waits tries again at once; it does not start a second wait.
    reloadKiosk(reload, probe);
    await vi.waitFor(() => expect(probe).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reload).not.toHaveBeenCalled();
    answers = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('shows the same screen for a render error caught by the boundary, counting down to the restart', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const restart = vi.fn();
    function Broken(): never {
      throw new Error('render failed');
    }
    await renderApp({
      url: '/?kiosk=1',
      lng: 'zh',
      beforeRender: () => vi.useFakeTimers(),
      ui: (
        <ErrorBoundary fallback={() => <KioskFatalError delayMs={3_000} onRestart={restart} />}>
          <Broken />
        </ErrorBoundary>
      ),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('展示屏遇到了问题');
    expect(screen.getByText('将在 3 秒后自动重新启动，请稍候。')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByText('将在 2 秒后自动重新启动，请稍候。')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2_000));
    expect(restart).toHaveBeenCalledTimes(1);
  });
});
