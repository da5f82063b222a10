import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, showFirstScreen, showLoadFailedNotice } from '@/app/first-screen';

/** index.html as the build writes it: an empty #root, one prerendered screen and one notice per language. */
function page(languages: Record<string, string>) {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  for (const [lng, heading] of Object.entries(languages)) {
    const screen = document.createElement('template');
    screen.dataset.firstScreen = lng;
    screen.innerHTML = `<h1>${heading}</h1>`;
    const notice = document.createElement('template');
    notice.dataset.loadFailed = lng;
    notice.lang = lng;
    notice.innerHTML = `<div role="alert"><p>${heading}?</p><button type="button">retry</button></div>`;
    document.body.append(screen, notice);
  }
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the first screen before the app has loaded', () => {
  it("shows the language's prerendered screen in #root", () => {
    const root = page({ zh: '共建计划', en: 'Program' });
    expect(showFirstScreen('en')).toBe(true);
    expect(root.querySelector('h1')?.textContent).toBe('Program');
  });

  it('shows nothing for a language without a screen, or over a page that already has content', () => {
    const root = page({ zh: '共建计划', en: 'Program' });
    expect(showFirstScreen('ja')).toBe(false);
    expect(root.childNodes).toHaveLength(0);
    root.append(document.createElement('main'));
    expect(showFirstScreen('en')).toBe(false);
    expect(root.querySelector('h1')).toBeNull();
  });

  it("shows the language's notice when the app does not download, its button retrying, until taken away", () => {
    page({ zh: '共建计划', en: 'Program' });
    const retry = vi.fn();
    const hide = showLoadFailedNotice('zh', retry);
    const notice = document.querySelector<HTMLElement>('body > [role="alert"]')!;
    expect(notice.textContent).toContain('共建计划?');
    expect(notice.lang).toBe('zh');
    notice.querySelector('button')!.click();
    expect(retry).toHaveBeenCalledTimes(1);
    hide();
    expect(document.querySelector('[role="alert"]')).toBeNull();
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
