import type { ConsoleMessage, Page } from '@playwright/test';

/**
 * Collects what must never happen on a page: console errors, uncaught exceptions and CSP
 * violations. console.warn is not collected: invalid data records are reported as warnings on
 * purpose. A test that provokes an expected error (a routed 500, a 404 logo) allows its message.
 */
declare global {
  interface Window {
    __reportCspViolation?: (line: string) => void;
  }
}

export interface PageGuard {
  /** Ignore console errors matching this pattern for the rest of the test. */
  allow(pattern: RegExp): void;
  /** Console warnings seen so far (for tests that expect a warning). */
  readonly warnings: string[];
  /** Everything that should fail the test, as readable lines. */
  problems(): Promise<string[]>;
}

// Runs in the page before any of its scripts (CSP does not apply to init scripts) and reports to
// the test through a binding, so violations survive reloads and navigations.
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__reportCspViolation?.(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

export async function guardPage(page: Page): Promise<PageGuard> {
  const allowed: RegExp[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const csp: string[] = [];
  const describe = (message: ConsoleMessage) => {
    const { url, lineNumber } = message.location();
    return `console.${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
  };
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() === 'error') errors.push(describe(message));
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
  await page.exposeFunction('__reportCspViolation', (line: string) => csp.push(`CSP violation: ${line}`));
  await page.addInitScript(reportCspViolations);
  return {
    allow: (pattern) => allowed.push(pattern),
    warnings,
    async problems() {
      return [...errors.filter((line) => !allowed.some((pattern) => pattern.test(line))), ...new Set(csp)];
    },
  };
}
