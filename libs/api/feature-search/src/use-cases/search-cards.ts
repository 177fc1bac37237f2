import type { Db } from '@brisk/api-data-access-db';
import { validationFailed } from '@brisk/api-util-http';
import { IdSchema, type SearchHit, type SearchQuery, type SearchResult } from '@brisk/shared-contracts';
import { toSearchTerms } from './search-terms.ts';

/** The cursor is the last id of the page (ids are UUIDv7, newest first), opaque to clients. */
const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!IdSchema.safeParse(id).success) throw validationFailed('Invalid cursor', [{ path: 'query.cursor', message: 'Unknown cursor' }]);
  return id;
}

export async function searchCards(db: Db, userId: string, query: SearchQuery): Promise<SearchResult> {
  const terms = toSearchTerms(query.q);
  if (terms.length === 0) return { items: [], nextCursor: null };
  const matches = await db.search.findMatches({
    userId,
    terms,
    boardId: query.boardId,
    beforeId: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = matches.slice(0, query.limit);
  const cards = new Map((await db.cards.findByIds(page.map((match) => match.id))).map((card) => [card.id, card]));
  const items: SearchHit[] = page.flatMap((match) => {
    const card = cards.get(match.id);
    return card ? [{ ...card, boardName: match.boardName, columnName: match.columnName }] : [];
  });
  const last = page.at(-1);
  return { items, nextCursor: matches.length > query.limit && last ? encodeCursor(last.id) : null };
}
