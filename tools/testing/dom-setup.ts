import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// Pages are lazy route chunks; on a busy CI machine their first import can take longer than the 1 s default.
configure({ asyncUtilTimeout: 10_000 });

/**
 * jsdom lays nothing out, so every element would measure 0 and a virtualized list would render nothing. Give elements
 * a nominal box instead: viewports (scrollers) 1200 x 600, items 280 x 60. Component tests then see what a small
 * screen would: a few columns, about a dozen cards each.
 */
const nominalLayout = { clientWidth: 1200, clientHeight: 600, offsetWidth: 280, offsetHeight: 60 };
for (const [property, value] of Object.entries(nominalLayout)) {
  Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => value });
}
