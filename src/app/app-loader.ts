import { retryUntil } from '@/shared/lib/retry-schedule';
import { URL_CHANGE } from '@/shared/lib/url';

/**
 * Downloads the app for the page's entry (src/first-paint.ts). Should its script not arrive (the
 * network dropped while the page was opening, before a service worker had the app), the page does
 * not sit there half-built: it says, in the visitor's language, that it did not finish loading, and
 * tries again when the browser is back online, on a timer that backs off, and when Retry is pressed.
 * The notice stands beside #root, not in it, so the prerendered screen the app hydrates is untouched.
 */
export function loadApp<M>(load: () => Promise<M>, language: () => string): Promise<M> {
  return new Promise((resolve) => {
    let notice: HTMLElement | null = null;
    const show = () => (notice = showNotice(language(), notice, () => retries.now()));
    // The prerendered screen's language buttons still work meanwhile: the notice follows them.
    const followLanguage = () => {
      if (notice && notice.dataset.lng !== language()) show();
    };
    window.addEventListener(URL_CHANGE, followLanguage);
    const retries = retryUntil(
      async () => {
        try {
          const module = await load();
          window.removeEventListener(URL_CHANGE, followLanguage);
          notice?.remove();
          resolve(module);
          return true;
        } catch (error) {
          console.error('The app did not download; trying again', error);
          show();
          return false;
        }
      },
      { immediate: true },
    );
  });
}

/**
 * The notice prerendered in `lng` (src/app/prerender.tsx), or in the first language that has one;
 * a development server has none, and the console alone reports the failure. Replaces `previous`, so
 * a failed retry is announced afresh and keeps a keyboard user's place on the button.
 */
function showNotice(lng: string, previous: HTMLElement | null, retry: () => void): HTMLElement | null {
  const templates = [...document.querySelectorAll<HTMLTemplateElement>('template[data-load-failed]')];
  const template = templates.find((candidate) => candidate.dataset.loadFailed === lng) ?? templates[0];
  const notice = template?.content.firstElementChild?.cloneNode(true);
  if (!(notice instanceof HTMLElement)) return previous;
  notice.lang = template!.lang;
  notice.dataset.lng = template!.dataset.loadFailed;
  const button = notice.querySelector<HTMLButtonElement>('[data-retry]');
  button?.addEventListener('click', () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    retry();
  });
  const hadFocus = previous?.contains(document.activeElement) ?? false;
  if (previous) previous.replaceWith(notice);
  else document.body.append(notice);
  if (hadFocus) button?.focus();
  return notice;
}
