import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/shared/ui/error-boundary';
import { lazyPart, usePartCode, type LazyPart } from '@/shared/ui/lazy-part';
import { RetryNotice } from '@/shared/ui/retry-notice';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A download that fails while `offline` is set, as a dynamic import does when the network is down. */
function download() {
  const state = { offline: true, calls: 0 };
  const load = vi.fn(async () => {
    state.calls += 1;
    if (state.offline) throw new TypeError('Failed to fetch dynamically imported module');
    return Greeting;
  });
  return { state, load };
}

const failed = (retry: () => void) => <RetryNotice message="This part did not load." retryLabel="Load it again" onRetry={retry} />;

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a part of the page whose code downloads when needed', () => {
  it('says so in its place when the download fails, and shows the part once Retry brings it', async () => {
    const { state, load } = download();
    const Part = lazyPart(load);
    render(
      <>
        <h1>Still here</h1>
        <Part name="Volcano" loading={<p>Loading…</p>} failed={failed} />
      </>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('This part did not load.');
    expect(screen.getByRole('heading', { name: 'Still here' })).toBeInTheDocument();
    state.offline = false;
    await userEvent.click(screen.getByRole('button', { name: 'Load it again' }));
    expect(await screen.findByText('Hello, Volcano')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tries again by itself when the browser is back online', async () => {
    const { state, load } = download();
    const Part = lazyPart(load);
    render(<Part name="kiosk" failed={failed} />);
    await screen.findByRole('alert');
    state.offline = false;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText('Hello, kiosk')).toBeInTheDocument();
  });

  it('tries again by itself on a timer, waiting longer after each failure', async () => {
    vi.useFakeTimers();
    const { state, load } = download();
    const Part = lazyPart(load);
    render(<Part name="booth" failed={failed} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(state.calls).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(state.calls, 'first retry after 5 s').toBe(2);
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(state.calls, 'the next one waits 10 s').toBe(2);
    state.offline = false;
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(state.calls).toBe(3);
    expect(screen.getByText('Hello, booth')).toBeInTheDocument();
  });

  it('downloads once for every instance, and a retry in one serves them all', async () => {
    const { state, load } = download();
    const Part = lazyPart(load);
    state.offline = false;
    render(
      <>
        <Part name="one" failed={failed} />
        <Part name="two" failed={failed} />
      </>,
    );
    expect(await screen.findByText('Hello, one')).toBeInTheDocument();
    expect(screen.getByText('Hello, two')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves an error of the loaded part itself to the boundary above: only downloads are its business', async () => {
    function Broken(): never {
      throw new Error('render failed');
    }
    const Part = lazyPart(async () => Broken);
    render(
      <ErrorBoundary fallback={(error) => <p>Outer: {error.message}</p>}>
        <Part failed={failed} />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('Outer: render failed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load it again' })).not.toBeInTheDocument();
  });

  it('renders at once, with no loading step, when its code was preloaded', async () => {
    const { state, load } = download();
    state.offline = false;
    const Part = lazyPart(load);
    expect(Part.settled()).toBe(false);
    await Part.preload();
    expect(Part.settled()).toBe(true);
    render(<Part name="early" loading={<p>Loading…</p>} failed={failed} />);
    // No await: the first render already shows the part.
    expect(screen.getByText('Hello, early')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('takes a failed preload calmly: nothing is thrown, and the part downloads again when it renders', async () => {
    const { state, load } = download();
    const Part = lazyPart(load);
    await expect(Part.preload()).resolves.toBeUndefined();
    expect(Part.settled()).toBe(true);
    state.offline = false;
    render(<Part name="later" failed={failed} />);
    expect(await screen.findByText('Hello, later')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("waiting for a part's code before rendering it", () => {
  function Page({ part: Part, enabled }: { part: LazyPart<{ name: string }>; enabled: boolean }) {
    const ready = usePartCode(Part, enabled);
    return ready ? <Part name="list" failed={failed} /> : <p>Skeleton</p>;
  }

  it('downloads only when enabled, and says when the code is in', async () => {
    const { state, load } = download();
    state.offline = false;
    const Part = lazyPart(load);
    const { rerender } = render(<Page part={Part} enabled={false} />);
    await act(() => Promise.resolve());
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText('Skeleton')).toBeInTheDocument();
    rerender(<Page part={Part} enabled />);
    expect(await screen.findByText('Hello, list')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders the part even when its code did not come, so that the part can say so and try again', async () => {
    const { load } = download();
    const Part = lazyPart(load);
    render(<Page part={Part} enabled />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This part did not load.');
    expect(screen.queryByText('Skeleton')).not.toBeInTheDocument();
  });
});
