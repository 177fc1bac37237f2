import { validationFailed } from '@brisk/api-util-http';
import { IdSchema, TimestampSchema, type ArchivedCards, type ArchiveQuery, type Card } from '@brisk/shared-contracts';
import { assertRole } from './access.ts';
import type { BoardsDeps } from './deps.ts';

type ArchiveKey = Pick<Card, 'updatedAt' | 'id'>;

/** The cursor is the last card's place in the archive order, (updatedAt, id), opaque to clients. */
const encodeCursor = ({ updatedAt, id }: ArchiveKey) => Buffer.from(`${updatedAt} ${id}`).toString('base64url');

function decodeCursor(cursor: string): ArchiveKey {
  const [updatedAt = '', id = ''] = Buffer.from(cursor, 'base64url').toString().split(' ');
  if (!TimestampSchema.safeParse(updatedAt).success || !IdSchema.safeParse(id).success) {
    throw validationFailed('Invalid cursor', [{ path: 'query.cursor', message: 'Unknown cursor' }]);
  }
  return { updatedAt, id };
}

/** A board's archived cards, most recently archived first, one page at a time; restoring one is an ordinary card edit. */
export async function listArchivedCards(
  deps: BoardsDeps,
  boardId: string,
  userId: string,
  query: ArchiveQuery,
): Promise<ArchivedCards> {
  await assertRole(deps, boardId, userId, 'viewer');
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const cards = await deps.db.cards.listArchivedByBoard(boardId, query.limit + 1, after);
  const page = cards.slice(0, query.limit);
  const last = page.at(-1);
  return { cards: page, nextCursor: cards.length > query.limit && last ? encodeCursor(last) : null };
}
