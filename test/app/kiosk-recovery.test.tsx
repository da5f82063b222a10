import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kioskRootOptions, restartKiosk } from '@/app/kiosk-recovery';
import { KioskFatalError } from '@/features/kiosk/kiosk-fatal-error';
import { resolveHomeLanguage } from '@/features/kiosk/kiosk-launch';
import { ErrorBoundary } from '@/shared/ui/error-boundary';
import { renderApp } from '@test/support/render-app';

afterEach(() => {
  window.sessionStorage.clear();
  // The friendly screen lives in a root of its own, outside what the test renderer cleans up.
  document.body.replaceChildren();
});

describe('a fatal error in the kiosk', () => {
  it('shows a friendly screen, in a root of its own, when React gave up on the page', async () => {
    const { i18n } = await renderApp({ url: '/?kiosk=1', lng: 'en', ui: <></> });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const options = kioskRootOptions(i18n);
    act(() => options.onUncaughtError?.(new Error('boom'), { componentStack: '' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(i18n.t('kiosk:fatal.heading'));
    expect(screen.getByText(i18n.t('kiosk:fatal.body', { count: 5 }))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: i18n.t('kiosk:fatal.restart') })).toBeInTheDocument();
    // A second report does not stack a second screen.
    act(() => options.onUncaughtError?.(new Error('again'), { componentStack: '' }));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('restarts on the home page, and each restart soon after the last waits twice as long', async () => {
    const { i18n } = await renderApp({ url: '/?kiosk=1&rotate=5&lng=en', lng: 'en', ui: <></> });
    resolveHomeLanguage('en', 'navigate');
    window.history.replaceState(null, '', '/?kiosk=1&rotate=5&lng=zh&industry=ai&partner=baidu');
    const reload = vi.fn();
    restartKiosk(async () => true, reload);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('?kiosk=1&rotate=5&lng=en');
    restartKiosk(async () => true, reload);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(2));
    act(() => kioskRootOptions(i18n).onUncaughtError?.(new Error('boom'), { componentStack: '' }));
    expect(await screen.findByText(i18n.t('kiosk:fatal.body', { count: 20 }))).toBeInTheDocument();
  });

  it("does not reload onto the browser's offline screen: it waits until the page can be had", async () => {
    await renderApp({ url: '/?kiosk=1&lng=en', lng: 'en', ui: <></> });
    const reload = vi.fn();
    let answers = false;
    const probe = vi.fn(async () => answers);
    restartKiosk(probe, reload);
    expect(probe).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A second press while it waits tries again at once; it does not start a second wait.
    restartKiosk(probe, reload);
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
    const { i18n } = await renderApp({
      url: '/?kiosk=1',
      lng: 'zh',
      beforeRender: () => vi.useFakeTimers(),
      ui: (
        <ErrorBoundary fallback={() => <KioskFatalError delayMs={3_000} onRestart={restart} />}>
          <Broken />
        </ErrorBoundary>
      ),
    });
    expect(screen.getByRole('alert')).toHaveTextContent(i18n.t('kiosk:fatal.heading'));
    expect(screen.getByText(i18n.t('kiosk:fatal.body', { count: 3 }))).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByText(i18n.t('kiosk:fatal.body', { count: 2 }))).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2_000));
    expect(restart).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: i18n.t('kiosk:fatal.restart') }));
    expect(restart).toHaveBeenCalledTimes(2);
  });
});
