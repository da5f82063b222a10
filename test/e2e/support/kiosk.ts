import { expect, type Locator, type Page } from '@playwright/test';
import { partnersFile, partnerText, ui, type Lang } from './content';

/** The kiosk as a booth screen: 1920×1080 landscape and 1080×1920 portrait, both with touch. */
export const KIOSK_SCREENS = [
  { name: 'landscape 1920×1080', viewport: { width: 1920, height: 1080 } },
  { name: 'portrait 1080×1920', viewport: { width: 1080, height: 1920 } },
] as const;

/** The partners in the order the attract loop shows them (every one has a quote). */
export const PARTNER_IDS = partnersFile().partners.map((partner) => partner.id);
/** Slides in a loop: every testimonial, then the call to join. */
export const SLIDES = PARTNER_IDS.length + 1;

export const progress = (page: Page) => page.locator('.kiosk-controls__progress');
export const pauseButton = (page: Page, lang: Lang = 'zh') => page.getByRole('button', { name: ui(lang, 'kiosk:pause') });
export const playButton = (page: Page, lang: Lang = 'zh') => page.getByRole('button', { name: ui(lang, 'kiosk:play') });
export const exploreButton = (page: Page, lang: Lang = 'zh') => page.getByRole('button', { name: ui(lang, 'kiosk:explore') });
export const nextButton = (page: Page, lang: Lang = 'zh') => page.getByRole('button', { name: ui(lang, 'kiosk:next') });
/** The slide on screen (the outgoing one is aria-hidden, so roles find only this one). */
export const currentSlide = (page: Page) => page.locator('.kiosk-slide--current');

/** The attract loop in Chinese on its first testimonial (the host's), as a fresh kiosk starts. */
export async function expectAttractHome(page: Page) {
  await expect(page.getByRole('heading', { level: 2, name: partnerText('zh', 'huawei-cloud').name })).toBeVisible();
  await expect(progress(page)).toHaveText(`1 / ${SLIDES}`);
  await expect(pauseButton(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

/**
 * Waits for the slide fades and dialogs to finish (real time, whatever a fake clock says), but not
 * for the time-left indicator, whose animation lasts as long as the slide (or stands paused).
 */
export async function settleKiosk(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .filter((animation) => !(animation.effect as KeyframeEffect | null)?.target?.closest('.kiosk-timer'))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/** Every control a finger can hit, as visible boxes. */
export async function targetSizes(scope: Locator) {
  return scope.locator('button, a[href], input, select, textarea, [role="button"]').evaluateAll((elements) =>
    elements
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
      .map((element) => {
        const box = element.getBoundingClientRect();
        return {
          name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40),
          width: Math.round(box.width),
          height: Math.round(box.height),
        };
      }),
  );
}

/** Links that would take a visitor away from the kiosk. */
export async function foreignLinks(page: Page) {
  return page
    .locator('a[href]')
    .evaluateAll((links) =>
      links.map((link) => (link as HTMLAnchorElement).href).filter((href) => new URL(href).origin !== window.location.origin),
    );
}

/** The computed font size in CSS pixels. */
export async function fontPx(locator: Locator): Promise<number> {
  return locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
}

/**
 * The smallest font size of any text shown in the scope, with the text it belongs to: every
 * visible text node counts, whatever element holds it.
 */
export async function smallestText(scope: Locator): Promise<{ px: number; text: string }> {
  return scope.evaluate((root) => {
    let smallest = { px: Number.POSITIVE_INFINITY, text: '' };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const px = Number.parseFloat(style.fontSize);
      if (px < smallest.px) smallest = { px, text: node.textContent.trim().slice(0, 40) };
    }
    return smallest;
  });
}

/**
 * WCAG contrast ratio of an element's text against what is behind it: the first opaque
 * background among its ancestors (the page has no background images or translucent layers there).
 */
export async function textContrast(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [lr, lg, lb] = [r, g, b].map((channel) => {
        const value = channel / 255;
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
    };
    let backdrop: Element | null = element;
    let background = 'rgb(255, 255, 255)';
    while (backdrop) {
      const color = getComputedStyle(backdrop).backgroundColor;
      const alpha = rgb(color)[3];
      if (color !== 'transparent' && (alpha === undefined || alpha === 1)) {
        background = color;
        break;
      }
      backdrop = backdrop.parentElement;
    }
    const [text, back] = [luminance(rgb(getComputedStyle(element).color)), luminance(rgb(background))];
    return (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
  });
}

/** Whether the box lies wholly inside the viewport (nothing cut by the screen's edge). */
export async function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

/**
 * Rewrites the partner texts as they are served (hashed locale files, every language alike), e.g.
 * to take a highlight away: `editPartnerTexts(page, (texts) => delete texts.baidu!.highlight)`.
 */
export async function editPartnerTexts(page: Page, edit: (texts: Record<string, Record<string, string>>) => void): Promise<void> {
  await page.route('**/assets/partners-*.json', async (route) => {
    const response = await route.fetch();
    const texts = (await response.json()) as Record<string, Record<string, string>>;
    edit(texts);
    await route.fulfill({ response, json: texts });
  });
}
