import type { EntityManager } from 'typeorm';
import type { CardSearch, CardSearchMatch, CardSearchRequest } from './card-search.ts';

export function createSqliteCardSearch(manager: EntityManager): CardSearch {
  return {
    async findMatches(request: CardSearchRequest): Promise<CardSearchMatch[]> {
      // Terms hold only letters and digits, so quoting them as FTS5 prefix strings is safe.
      const params: unknown[] = [request.userId, request.terms.map((term) => `"${term}"*`).join(' ')];
      const conditions = ['cards_fts MATCH ?', 'c.archived = 0'];
      if (request.boardId) {
        params.push(request.boardId);
        conditions.push('c.board_id = ?');
      }
      if (request.beforeId) {
        params.push(request.beforeId);
        conditions.push('c.id < ?');
      }
      params.push(request.limit);
      const rows: { id: string; board_name: string; column_name: string }[] = await manager.query(
        `SELECT c.id, b.name AS board_name, col.name AS column_name
           FROM cards_fts
           JOIN cards c ON c.seq = cards_fts.rowid
           JOIN memberships m ON m.board_id = c.board_id AND m.user_id = ?
           JOIN boards b ON b.id = c.board_id
           JOIN columns col ON col.id = c.column_id
          WHERE ${conditions.join(' AND ')}
          ORDER BY c.id DESC
          LIMIT ?`,
        params,
      );
      return rows.map((row) => ({ id: row.id, boardName: row.board_name, columnName: row.column_name }));
    },
  };
}
