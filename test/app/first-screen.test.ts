import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, showFirstScreen } from '@/app/first-screen';
import { LANGUAGE_STORAGE_KEY } from '@/features/language/detect-language';

/** index.html as the build writes it: an empty #root and one prerendered screen per language. */
function page(languages: Record<string, string>) {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  for (const [lng, heading] of Object.entries(languages)) {
    const template = document.createElement('template');
    template.dataset.firstScreen = lng;
    const buttons = Object.keys(languages)
      .map((other) => `<button type="button" data-lng="${other}" aria-pressed="${other === lng}">${other}</button>`)
      .join('');
    template.innerHTML = `<h1>${heading}</h1>${buttons}`;
    document.body.append(template);
  }
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

describe('the first screen before the app has loaded', () => {
  it("shows the language's prerendered screen in #root", () => {
    const root = page({ zh: '共建计划', en: 'Program' });
    const screen = showFirstScreen('en', { kiosk: false, search: '' });
    expect(screen?.language()).toBe('en');
    expect(root.querySelector('h1')?.textContent).toBe('Program');
  });

  it('shows nothing on a kiosk, in the review view, or for a language without a screen', () => {
    const root = page({ zh: '共建计划', en: 'Program' });
    expect(showFirstScreen('en', { kiosk: true, search: '?kiosk=1' })).toBeNull();
    expect(showFirstScreen('en', { kiosk: false, search: '?compare=zh,en' })).toBeNull();
    expect(showFirstScreen('ja', { kiosk: false, search: '' })).toBeNull();
    expect(root.childNodes).toHaveLength(0);
  });

  it('switches language at a press, as the app would: screen, <html lang>, URL and saved choice', () => {
    const root = page({ zh: '共建计划', en: 'Program' });
    const screen = showFirstScreen('en', { kiosk: false, search: '' })!;
    root.querySelector<HTMLButtonElement>('button[data-lng="zh"]')!.click();
    expect(root.querySelector('h1')?.textContent).toBe('共建计划');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(new URLSearchParams(window.location.search).get('lng')).toBe('zh');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
    expect(document.activeElement).toBe(root.querySelector('button[data-lng="zh"]'));
    expect(screen.language()).toBe('zh');
  });

  it('leaves the buttons to the app once released', () => {
    const root = page({ zh: '共建计划', en: 'Program' });
    const screen = showFirstScreen('en', { kiosk: false, search: '' })!;
    expect(screen.release()).toBe('en');
    root.querySelector<HTMLButtonElement>('button[data-lng="zh"]')!.click();
    expect(root.querySelector('h1')?.textContent).toBe('Program');
    expect(window.location.search).toBe('');
  });
});

/** A browser with paint timing: the test decides when the first contentful paint is reported. */
function stubPaintTiming() {
  let report: (() => void) | undefined;
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    constructor(private readonly callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {}
    observe() {
      report = () => this.callback({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) });
    }
    disconnect() {
      report = undefined;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { reportFirstContentfulPaint: () => report?.() };
}

describe('starting the app after the first screen', () => {
  it('waits for the first contentful paint to be reported, not just for a frame', () => {
    vi.useFakeTimers();
    const paint = stubPaintTiming();
    const task = vi.fn();
    afterFirstPaint(task);
    vi.advanceTimersByTime(50);
    expect(task).not.toHaveBeenCalled();
    paint.reportFirstContentfulPaint();
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('starts anyway shortly after a frame when no paint is reported', () => {
    vi.useFakeTimers();
    stubPaintTiming();
    const task = vi.fn();
    afterFirstPaint(task, 100);
    vi.advanceTimersByTime(60);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
