import { afterEach, describe, expect, it } from 'vitest';
import { showFirstScreen } from '../../src/app/first-screen';
import { LANGUAGE_STORAGE_KEY } from '../../src/features/language/detect-language';

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
