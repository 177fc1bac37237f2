import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// Pages are lazy route chunks; on a busy CI machine their first import can take longer than the 1 s default.
configure({ asyncUtilTimeout: 10_000 });

/**
 * jsdom lays nothing out, so every element would measure 0 and a virtualized list would render nothing. Give elements
 * a nominal box instead: list items 280 x 60, anything else (a scroller, a board) 1200 x 600. Component tests then see
 * what a small screen would: a few columns, about a dozen cards each.
 */
const itemBox = { width: 280, height: 60 };
const viewportBox = { width: 1200, height: 600 };
const boxOf = (element: HTMLElement) => (element.tagName === 'LI' ? itemBox : viewportBox);
for (const [property, side] of [
  ['clientWidth', 'width'],
  ['offsetWidth', 'width'],
  ['clientHeight', 'height'],
  ['offsetHeight', 'height'],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return boxOf(this)[side];
    },
  });
}
