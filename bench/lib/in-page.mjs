/**
 * Timing code that runs inside the page. An input is timed from performance.now() in a window
 * capture listener for its event (a click, or the keydown of a keystroke; it runs before React's
 * own listener) until the watched element's text has changed AND that frame has been painted: a
 * MutationObserver sees the change, requestAnimationFrame waits for the frame that will paint it,
 * and a message posted from there runs after the paint.
 */
export function armInputTimer({ on, target: targetSelector, watch }) {
  const target = document.querySelector(watch);
  const input = document.querySelector(targetSelector);
  if (!target || !input) throw new Error(`bench: missing ${target ? targetSelector : watch}`);
  const before = target.textContent;
  window.__benchResult = new Promise((resolve, reject) => {
    let start = null;
    const timeout = setTimeout(() => reject(new Error(`bench: "${watch}" did not change within 10 s`)), 10_000);
    window.addEventListener(on, () => (start = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (start === null || target.textContent === before) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          clearTimeout(timeout);
          resolve(performance.now() - start);
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

export function watchFirstPaintOf(selector) {
  window.__benchFirst = new Promise((resolve) => {
    const check = () => {
      const element = document.querySelector(selector);
      if (!element || !element.textContent?.trim()) return false;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
      return true;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Resolves once the DOM has not changed for `quietMs` (a long list finished rendering), or after 15 s. */
export function waitForQuiet(quietMs) {
  return new Promise((resolve) => {
    const deadline = performance.now() + 15_000;
    let timer;
    const done = () => {
      observer.disconnect();
      resolve();
    };
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(done, performance.now() > deadline ? 0 : quietMs);
    };
    const observer = new MutationObserver(restart);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    restart();
  });
}
