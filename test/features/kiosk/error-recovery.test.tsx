import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadOnStaleChunks } from '../../../src/app/error-recovery';
import { reloadKiosk, showStaticFatalScreen } from '../../../src/app/kiosk-recovery';
import { KioskFatalError } from '../../../src/features/kiosk/kiosk-fatal-error';
import { resolveHomeLanguage } from '../../../src/features/kiosk/kiosk-launch';
import { ErrorBoundary } from '../../../src/shared/ui/error-boundary';
import { renderApp } from '../../support/render-app';

afterEach(() => {
  window.sessionStorage.clear();
  document.getElementById('root')?.remove();
});

describe('a stale chunk after a deploy', () => {
  it('reloads once, and lets the error through if the reload did not help (no loop)', () => {
    const reload = vi.fn();
    const stop = reloadOnStaleChunks(reload);
    const first = new Event('vite:preloadError', { cancelable: true });
    window.dispatchEvent(first);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(first.defaultPrevented).toBe(true);
    const second = new Event('vite:preloadError', { cancelable: true });
    window.dispatchEvent(second);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(second.defaultPrevented).toBe(false);
    stop();
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
    reloadKiosk(reload);
    reloadKiosk(reload);
    expect(reload).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('?kiosk=1&rotate=5&lng=en');
    showStaticFatalScreen(i18n.t.bind(i18n), vi.fn());
    expect(screen.getByText('It restarts by itself in 20 seconds. Please wait.')).toBeInTheDocument();
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
