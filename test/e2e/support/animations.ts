import type { Page } from '@playwright/test';

/**
 * Waits for running transitions (the kiosk's slide fade, a dialog opening; real time, whatever a
 * fake clock says): axe would measure the contrast of text still fading in, and sizes would be
 * measured halfway through a scale.
 */
export async function settleAnimations(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
