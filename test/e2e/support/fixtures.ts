import { test as base, expect } from '@playwright/test';
import { checkA11y, type AxeCheckOptions } from './axe';
import { guardPage, type PageGuard } from './page-guard';

interface Fixtures {
  /** Fails the test on console errors, uncaught exceptions and CSP violations (auto). */
  guard: PageGuard;
  /** axe-core scan that fails on serious/critical violations: `await axe('label')`. */
  axe: (label: string, options?: AxeCheckOptions) => Promise<void>;
}

// The fixture callback is named provide, not use, so the React hooks lint rule does not mistake it for a hook.
export const test = base.extend<Fixtures>({
  guard: [
    async ({ page }, provide) => {
      const guard = await guardPage(page);
      await provide(guard);
      expect(await guard.problems(), 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  axe: async ({ page }, provide, testInfo) => {
    await provide((label, options) => checkA11y(page, testInfo, label, options));
  },
});

export { expect };
