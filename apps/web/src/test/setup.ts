// jsdom lacks what antd expects of a browser (see stack-notes.md): matchMedia (responsive
// observers), ResizeObserver, and getComputedStyle with a pseudo-element.
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import '../i18n/index.ts';

if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

const originalGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element, pseudo?: string | null) => originalGetComputedStyle(element, pseudo ? undefined : pseudo);

// The machine running the suite is shared and slow at times: let findBy*/waitFor wait longer than
// the default second before they give up (they still return as soon as the condition holds).
configure({ asyncUtilTimeout: 5000 });
// Page tests render antd forms and dialogs: seconds each on a busy machine (a limit, not an assertion).
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => cleanup());
