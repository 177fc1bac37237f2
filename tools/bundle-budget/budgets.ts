/**
 * The SPA's byte budgets (issue 8), checked by every web build. Sizes are the brotli bytes a browser is sent, in
 * KB of 1,000 bytes (the unit Vite's own size report uses).
 */
export const budgets = {
  initial: {
    label: 'initial JS of /',
    maxKb: 115,
  },
  boardRoute: {
    label: "board route's own chunks",
    maxKb: 30,
    /** The pages the board route loads lazily, relative to the workspace root. */
    pages: ['libs/web/feature-board/src/pages/board-page.tsx'],
  },
} as const;

/** The Vite manifest's key of the HTML entry: what the browser starts the app from. */
export const entryKey = 'index.html';
