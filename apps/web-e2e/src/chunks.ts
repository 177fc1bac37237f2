/**
 * The build names a chunk after the module it starts from, then an 8-character hash (`board-page-jRtnis-w.js`): the
 * name is how specs tell the pages' chunks apart. Undefined for anything but a built JS chunk.
 */
export function chunkName(url: string): string | undefined {
  return /^\/assets\/([^/]+)-[\w-]{8}\.js$/.exec(new URL(url).pathname)?.[1];
}

/** The chunks only a signed-in user needs: the pages behind sign-in, and the drag and drop the board brings. */
export const signedInChunks = [
  'boards-page',
  'board-page',
  'members-page',
  'search-page',
  'card-dialog-page',
  'card-dialog-error',
  'not-found-page',
  'dnd-kit',
];
