import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { reply, type Reply } from '@test/support/fetch-stub';
import { textsIn } from '@test/support/locale-texts';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

/**
 * Network and server errors are retried with backoff before the message shows; a fake clock that
 * also moves with real time lets findBy* keep polling while the test skips the delays.
 */
async function renderFailing(lng: string, ...replies: Reply[]) {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const rendered = await renderApp({ lng, routes: partnersRoute(...replies) });
  await vi.advanceTimersByTimeAsync(30_000);
  return rendered;
}

const zh = await textsIn('zh');
const en = await textsIn('en');
const inBoth = (key: 'error.http' | 'error.network' | 'error.format', options?: { status: number }) =>
  [en(key, options), zh(key, options)] as const;

const cases = [
  ['HTTP 500', reply.status(500), ...inBoth('error.http', { status: 500 })],
  ['HTTP 404', reply.status(404), ...inBoth('error.http', { status: 404 })],
  ['a network failure', reply.networkError(), ...inBoth('error.network')],
  ['malformed JSON', reply.text('{"partners": ['), ...inBoth('error.format')],
  ['the wrong shape', reply.json({ partners: 'none' }), ...inBoth('error.format')],
] as const;

describe('when the data file fails', () => {
  it.each(cases)('%s gives an English alert with a Retry that works', async (_label, failure, english) => {
    // Fails until the server heals, however often the app asked before.
    let healed = false;
    const { user } = await renderFailing('en', (url) => (healed ? reply.json(partnersData()) : failure)(url));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en('error.heading'));
    expect(alert).toHaveTextContent(english);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    // The rest of the page still stands.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en('header.heading'));
    expect(await screen.findByRole('region', { name: en('program:heading') })).toBeInTheDocument();

    healed = true;
    await user.click(within(alert).getByRole('button', { name: en('error.retry') }));
    expect(await screen.findAllByRole('article')).toHaveLength(12);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(cases)('%s gives a Chinese alert with its Retry button', async (_label, failure, _english, chinese) => {
    await renderFailing('zh', failure);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(zh('error.heading'));
    expect(alert).toHaveTextContent(chinese);
    expect(within(alert).getByRole('button', { name: zh('error.retry') })).toBeEnabled();
  });

  it('asks once for a malformed file but retries a network failure', async () => {
    const malformed = await renderFailing('en', reply.json([]));
    await screen.findByRole('alert');
    expect(malformed.fetchMock).toHaveBeenCalledTimes(1);
    malformed.unmount();

    const offline = await renderFailing('en', reply.networkError());
    await screen.findByRole('alert');
    expect(offline.fetchMock).toHaveBeenCalledTimes(4);
  });

  it('shows the list without an alert when the network heals during the retries', async () => {
    const { fetchMock } = await renderFailing('en', reply.networkError(), reply.status(503), reply.json(partnersData()));
    expect(await screen.findAllByRole('article')).toHaveLength(12);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('keeps the alert, and stays usable, when the retry fails again', async () => {
    const { user, fetchMock } = await renderFailing('en', reply.json({}));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: en('error.retry') }));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(within(await screen.findByRole('alert')).getByRole('button', { name: en('error.retry') })).toBeEnabled();
  });

  it('keeps the list it has when a later refresh fails (nothing shown is lost)', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let online = true;
    const { queryClient } = await renderApp({
      lng: 'en',
      routes: partnersRoute((url) => (online ? reply.json(partnersData()) : reply.networkError())(url)),
    });
    expect(await screen.findAllByRole('article')).toHaveLength(12);
    online = false;
    // What a reconnect or a stale refetch does in the background.
    void queryClient.refetchQueries();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(screen.getAllByRole('article')).toHaveLength(12);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
