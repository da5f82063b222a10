/**
 * The page before the app has loaded (src/main.ts). index.html carries the first screen
 * prerendered once per language (`<template data-first-screen="en">`, made at build time by
 * src/app/prerender.tsx), so the header paints as soon as the stylesheet is in, and the app later
 * hydrates it in place. Its language links work as plain links meanwhile.
 */
import { applyLatinFace } from '@/shared/lib/latin-face';

// The typeface, where it is on the device already, before anything is painted (this module loads with the page's entry).
applyLatinFace();

const templateOf = (attribute: string, lng: string) =>
  [...document.querySelectorAll<HTMLTemplateElement>(`template[${attribute}]`)].find(
    (template) => template.getAttribute(attribute) === lng,
  );

/** Shows the prerendered screen of `lng` in #root; false where there is none (a dev server, a language the build could not render). */
export function showFirstScreen(lng: string): boolean {
  const root = document.getElementById('root');
  const template = templateOf('data-first-screen', lng);
  if (!root || !template || root.hasChildNodes()) return false;
  root.replaceChildren(template.content.cloneNode(true));
  return true;
}

/**
 * Should the app's own script not download, React is not there to say so: the notice prerendered
 * beside the screen is shown as it is, its button wired to `retry`. Returns a function that takes
 * it away. A development server has no notice; the console reports the failure.
 */
export function showLoadFailedNotice(lng: string, retry: () => void): () => void {
  const template = templateOf('data-load-failed', lng);
  const notice = template?.content.firstElementChild?.cloneNode(true);
  if (!(notice instanceof HTMLElement)) return () => {};
  notice.lang = template!.lang;
  notice.querySelector('button')?.addEventListener('click', retry);
  document.body.append(notice);
  return () => notice.remove();
}

/**
 * Runs `task` once the first screen is on the visitor's screen: when the browser reports its first
 * contentful paint (a frame callback would fire before the frame is presented). The app's script
 * then downloads on its own instead of competing with the stylesheet for the first round trips.
 * Without paint timing, or should the report not come, a short bound after the next frame starts
 * it anyway; a hidden tab paints nothing and starts at once.
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
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  requestAnimationFrame(() => setTimeout(start, observer ? boundMs : 0));
}
