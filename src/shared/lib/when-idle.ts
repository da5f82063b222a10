/**
 * Runs `task` when the browser has nothing more urgent to do (within `timeoutMs` at the latest).
 * Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 3_000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

/**
 * Resolves in a task of its own: what follows an `await nextTask()` does not lengthen the task
 * that awaited it. Long tasks are what delays a visitor's tap (and what Lighthouse's TBT counts).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
