import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Ends the run with one plain line, "e2e: N passed, N failed, N skipped", which CI logs read.
 * A test that passed on retry counts as passed (it is flaky, and the list reporter says so).
 */
class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, ReturnType<TestCase['outcome']>>();

  onTestEnd(test: TestCase, _result: TestResult) {
    this.outcomes.set(test.id, test.outcome());
  }

  onEnd(result: FullResult) {
    const values = [...this.outcomes.values()];
    const passed = values.filter((outcome) => outcome === 'expected' || outcome === 'flaky').length;
    const failed = values.filter((outcome) => outcome === 'unexpected').length;
    const skipped = values.filter((outcome) => outcome === 'skipped').length;
    // A run that broke before any test (no server, no browser) must not read as green.
    const brokenRun = result.status !== 'passed' && failed === 0 ? 1 : 0;
    console.log(`\ne2e: ${passed} passed, ${failed + brokenRun} failed, ${skipped} skipped`);
  }

  printsToStdio() {
    return false;
  }
}

// eslint-disable-next-line no-restricted-syntax -- Playwright loads a reporter through its default export.
export default SummaryReporter;
