import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Whole-app tests share two cores with builds and browsers in CI: wait longer before calling a
// slow machine a failure (a broken app still fails, only later).
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 20_000 });

// jsdom has <dialog> but not its modal methods.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

afterEach(() => {
  // A test that stubbed fetch or faked the clock must not leak either into the next one.
  vi.unstubAllGlobals();
  vi.useRealTimers();
  // Tests of logic alone run without a DOM (// @vitest-environment node: no jsdom to set up).
  if (typeof window === 'undefined') return;
  cleanup();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});
