import { act, fireEvent, screen } from '@testing-library/react';
import { useState, type ComponentProps } from 'react';
import { vi } from 'vitest';
import type { KioskItem } from '@/features/kiosk/kiosk-item';
import { KioskShell } from '@/features/kiosk/kiosk-shell';
import { updateUrl } from '@/shared/hooks/use-url-state';
import { renderApp } from '@test/support/render-app';

/**
 * Kiosk shell tests: made-up testimonials, the real i18next and locale files, a fake clock. Each
 * has a short highlight, so without ?rotate= every slide stays the shortest time (MIN_SLIDE_MS).
 */
export function item(id: string, name: string, highlight: string | null = `${name} schedules with Volcano.`): KioskItem {
  return {
    id,
    name: { text: name, lang: 'en' },
    speaker: { text: `Speaker of ${name}`, lang: 'en' },
    title: null,
    quote: { text: `What ${name} says about Volcano, at length: ${name} schedules with Volcano.`, lang: 'en' },
    highlight: highlight === null ? null : { text: highlight, lang: 'en' },
    link: `https://showcase.example/?partner=${id}&lng=en`,
  };
}

export const ITEMS: KioskItem[] = [item('alpha', 'Alpha'), item('beta', 'Beta'), item('gamma', 'Gamma')];
/** The join slide's address and contact, as app/ passes the program's. */
export const JOIN = { url: 'https://program.example/join', email: 'maintainers@program.example' };
/** The slides of a loop: the testimonials and the join slide. */
export const SLIDES = ITEMS.length + 1;

/** A stand-in for the showcase: state a visitor can change, all of it in the URL. */
function BrowseStub() {
  return (
    <main>
      <h1>Browse view</h1>
      <button type="button" onClick={() => updateUrl({ industry: 'ai', q: 'volcano' })}>
        Filter
      </button>
      <button type="button" onClick={() => updateUrl({ lng: 'en' }, { history: 'replace' })}>
        English
      </button>
    </main>
  );
}

/** The shell with its items in state, as app/ passes them: new data or a new language replaces them. */
function ShellWithItems({
  initial,
  onSetItems,
  ...props
}: Omit<ComponentProps<typeof KioskShell>, 'items'> & { initial: KioskItem[]; onSetItems: (set: (items: KioskItem[]) => void) => void }) {
  const [items, setItems] = useState(initial);
  onSetItems(setItems);
  return <KioskShell items={items} {...props} />;
}

export async function renderKiosk({ url = '/?kiosk=1&rotate=3&idle=8', items = ITEMS } = {}) {
  const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  const onOpenItem = vi.fn((id: string) => updateUrl({ partner: id }, { history: 'push' }));
  const onIdleReset = vi.fn();
  let replaceItems: (items: KioskItem[]) => void = () => {};
  const result = await renderApp({
    url,
    lng: 'en',
    // i18next initialises on a timer of its own: the fake clock starts once it is ready.
    beforeRender: () => vi.useFakeTimers(),
    ui: (
      <ShellWithItems
        initial={items}
        onSetItems={(set) => (replaceItems = set)}
        join={JOIN}
        homeLanguage="zh"
        renderLogo={() => null}
        renderBrowse={() => <BrowseStub />}
        onOpenItem={onOpenItem}
        onIdleReset={onIdleReset}
      />
    ),
  });
  /** Gives the shell new items, as a data refresh or a language switch does. */
  const setItems = (next: KioskItem[]) => act(() => replaceItems(next));
  return { ...result, onOpenItem, onIdleReset, scrollTo, setItems };
}

/**
 * Moves the fake clock in small steps, letting React render in between as a browser would: a
 * timer set by an effect after a render must exist before the clock passes its due time.
 */
export function advance(ms: number, stepMs = 50) {
  for (let left = ms; left > 0; left -= stepMs) {
    act(() => {
      vi.advanceTimersByTime(Math.min(stepMs, left));
    });
  }
}

/** A finger press on a control: pointer down and up, then the click (fireEvent is synchronous under a fake clock). */
export function press(element: Element) {
  fireEvent.pointerDown(element, { pointerId: 1, isPrimary: true });
  fireEvent.pointerUp(element, { pointerId: 1, isPrimary: true });
  fireEvent.click(element);
}

/** The slide on screen, by its heading (the outgoing slide is hidden from the a11y tree). */
export function currentName(): string {
  return currentSlide().querySelector('h2')?.textContent ?? '';
}

export function currentSlide(): HTMLElement {
  return screen.getByRole('group', { name: /\d+ \/ \d+/ });
}

export function progress(): string {
  return document.querySelector('.kiosk-controls__progress')?.textContent ?? '';
}

/** A finger on the stage: down at one point, up at another. */
export function drag(fromX: number, toX: number, y = 400) {
  const stage = document.querySelector('.kiosk-stage')!;
  fireEvent.pointerDown(stage, { pointerId: 1, isPrimary: true, clientX: fromX, clientY: y });
  fireEvent.pointerUp(stage, { pointerId: 1, isPrimary: true, clientX: toX, clientY: y });
}
