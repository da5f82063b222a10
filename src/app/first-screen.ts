import { chooseLanguage } from '@/features/language/detect-language';
import { htmlLangOf } from '@/shared/lib/html-lang';

/**
 * The first screen before the app has loaded. index.html carries it prerendered once per language
 * (`<template data-first-screen="en">`, made at build time by src/app/prerender.tsx), so the header
 * paints as soon as the stylesheet is in instead of after the app's script has downloaded and run.
 * The app later hydrates it in place. Until then its language buttons work too: a press shows the
 * other language's screen and records the choice, exactly as the app's own switch would.
 */
export interface FirstScreen {
  /** The language on screen now (a visitor may have switched it). */
  language(): string;
  /** Hands the screen to the app: the buttons stop switching it here. Returns the language on screen. */
  release(): string;
}

const templateOf = (lng: string) =>
  [...document.querySelectorAll<HTMLTemplateElement>('template[data-first-screen]')].find(
    (template) => template.dataset.firstScreen === lng,
  );

/**
 * Shows the prerendered screen of `lng` in #root, or returns null where there is none to show: the
 * kiosk and the translators' review view (?compare) are other pages, and a development server or a
 * language without a prerendered screen renders from scratch.
 */
export function showFirstScreen(
  lng: string,
  { kiosk, search = window.location.search }: { kiosk: boolean; search?: string },
): FirstScreen | null {
  const root = document.getElementById('root');
  const template = templateOf(lng);
  if (kiosk || new URLSearchParams(search).has('compare') || !root || !template || root.hasChildNodes()) return null;
  let current = lng;
  const show = (screen: HTMLTemplateElement) => root.replaceChildren(screen.content.cloneNode(true));
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-lng]') : null;
    const next = button?.dataset.lng;
    const screen = next && next !== current ? templateOf(next) : undefined;
    if (!next || !screen) return;
    current = next;
    chooseLanguage(next);
    document.documentElement.lang = htmlLangOf(next);
    show(screen);
    // The pressed button was replaced by its twin: keep a keyboard user's place.
    root.querySelector<HTMLElement>(`button[data-lng="${next}"]`)?.focus();
  };
  show(template);
  root.addEventListener('click', onClick);
  return {
    language: () => current,
    release: () => {
      root.removeEventListener('click', onClick);
      return current;
    },
  };
}

/**
 * Runs `task` once the first screen is on the visitor's screen: when the browser reports its first
 * contentful paint, which it does once the frame has been presented, not merely drawn (a frame
 * callback fires earlier). Without paint timing, or should the report not come, a short bound
 * after the next frame starts it anyway; a hidden tab paints nothing and starts at once.
 */
export function afterFirstPaint(task: () => void, boundMs = 100): void {
  if (document.visibilityState === 'hidden') return task();
  let started = false;
  let observer: PerformanceObserver | undefined;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    task();
  };
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  requestAnimationFrame(() => setTimeout(start, observer ? boundMs : 0));
}
