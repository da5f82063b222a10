import { expect, type Locator, type Page } from '@playwright/test';
import { partnerText, ui } from './content';

/** The kiosk as a booth screen: 1920×1080 landscape and 1080×1920 portrait, both with touch. */
export const KIOSK_SCREENS = [
  { name: 'landscape 1920×1080', viewport: { width: 1920, height: 1080 } },
  { name: 'portrait 1080×1920', viewport: { width: 1080, height: 1920 } },
] as const;

export const progress = (page: Page) => page.locator('.kiosk-controls__progress');
export const pauseButton = (page: Page) => page.getByRole('button', { name: ui('zh', 'kiosk:pause') });
export const playButton = (page: Page) => page.getByRole('button', { name: ui('zh', 'kiosk:play') });
export const exploreButton = (page: Page) => page.getByRole('button', { name: ui('zh', 'kiosk:explore') });

/** The attract loop in Chinese on its first testimonial (the host's), as a fresh kiosk starts. */
export async function expectAttractHome(page: Page) {
  await expect(page.getByRole('heading', { level: 2, name: partnerText('zh', 'huawei-cloud').name })).toBeVisible();
  await expect(progress(page)).toHaveText('1 / 12');
  await expect(pauseButton(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
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
