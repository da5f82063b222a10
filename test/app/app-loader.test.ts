import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadApp } from '@/app/app-loader';
import { URL_CHANGE } from '@/shared/lib/url';

/** index.html as the build writes it: #root and, per language, the notice prerendered for a failed download. */
function page(notices: Record<string, string>) {
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = '<h1>Header</h1>';
  document.body.append(root);
  for (const [lng, message] of Object.entries(notices)) {
    const template = document.createElement('template');
    template.dataset.loadFailed = lng;
    template.lang = lng === 'zh' ? 'zh-CN' : lng;
    template.innerHTML = `<div class="retry-notice" role="alert"><p>${message}</p><button type="button" data-retry="">${lng}: retry</button></div>`;
    document.body.append(template);
  }
  return root;
}

function download() {
  const state = { offline: true };
  const load = vi.fn(async () => {
    if (state.offline) throw new TypeError('Failed to fetch dynamically imported module');
    return { startApp: 'the app' };
  });
  return { state, load };
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the app's own download, started by the page's entry", () => {
  it('resolves with the app when it downloads, and shows nothing else', async () => {
    page({ en: 'The page did not finish loading.' });
    const { state, load } = download();
    state.offline = false;
    await expect(loadApp(load, () => 'en')).resolves.toEqual({ startApp: 'the app' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("says so in the visitor's language beside the prerendered screen, and Retry brings the app", async () => {
    const root = page({ zh: '页面未能完整加载。', en: 'The page did not finish loading.' });
    const { state, load } = download();
    let language = 'zh';
    const app = loadApp(load, () => language);
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('页面未能完整加载。');
    expect(notice.lang).toBe('zh-CN');
    expect(root.contains(notice), 'not inside #root, which the app hydrates').toBe(false);
    expect(root.innerHTML).toBe('<h1>Header</h1>');

    // Still failing: the notice is shown afresh (in the language now on screen), focus stays on Retry.
    language = 'en';
    const retry = screen.getByRole('button', { name: 'zh: retry' });
    retry.focus();
    fireEvent.click(retry);
    expect(retry).toBeDisabled();
    const again = await screen.findByRole('button', { name: 'en: retry' });
    expect(again).toHaveFocus();
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    state.offline = false;
    fireEvent.click(again);
    await expect(app).resolves.toEqual({ startApp: 'the app' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('follows a language switch made on the prerendered screen meanwhile', async () => {
    page({ zh: '页面未能完整加载。', en: 'The page did not finish loading.' });
    const { load } = download();
    let language = 'en';
    void loadApp(load, () => language);
    expect(await screen.findByRole('alert')).toHaveTextContent('The page did not finish loading.');
    language = 'zh';
    window.dispatchEvent(new Event(URL_CHANGE));
    expect(screen.getByRole('alert')).toHaveTextContent('页面未能完整加载。');
    expect(screen.getByRole('alert').lang).toBe('zh-CN');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('tries again by itself: when the browser is back online, and on a timer', async () => {
    vi.useFakeTimers();
    page({ en: 'The page did not finish loading.' });
    const { state, load } = download();
    const app = loadApp(load, () => 'en');
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).toHaveBeenCalledTimes(2);
    state.offline = false;
    window.dispatchEvent(new Event('online'));
    await expect(app).resolves.toEqual({ startApp: 'the app' });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('uses another language’s notice where the visitor’s has none, and keeps trying without any', async () => {
    page({ zh: '页面未能完整加载。' });
    const { load } = download();
    void loadApp(load, () => 'fr');
    expect(await screen.findByRole('alert')).toHaveTextContent('页面未能完整加载。');

    document.body.replaceChildren();
    const bare = download();
    void loadApp(bare.load, () => 'en');
    await vi.waitFor(() => expect(console.error).toHaveBeenCalledWith('The app did not download; trying again', expect.any(TypeError)));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
