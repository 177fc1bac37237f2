import type pg from 'pg';

/**
 * The statements the API runs for a search and a card read on PostgreSQL, through plain `pg`: the same SQL as
 * libs/api/data-access-db (search/postgres-card-search.ts, cards-repository.ts), kept in step by hand.
 */
const cardColumns = `id, board_id, column_id, title, description, labels, assignee_id, due_date::text AS due_date, position,
  archived, version, created_at, updated_at`;

interface CardRecord {
  id: string;
  board_id: string;
  column_id: string;
  title: string;
  description: string;
  labels: string;
  assignee_id: string | null;
  due_date: string | null;
  position: string;
  archived: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

function toCard(row: CardRecord) {
  return {
    id: row.id,
    boardId: row.board_id,
    columnId: row.column_id,
    title: row.title,
    description: row.description,
    labels: JSON.parse(row.labels) as string[],
    assigneeId: row.assignee_id,
    dueDate: row.due_date,
    position: row.position,
    archived: row.archived,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function findCard(pool: pg.Pool, cardId: string) {
  const { rows } = await pool.query<CardRecord>(`SELECT ${cardColumns} FROM cards WHERE id = $1 LIMIT 1`, [cardId]);
  return rows[0] ? toCard(rows[0]) : null;
}

export async function searchCards(pool: pg.Pool, userId: string, query: string, limit: number) {
  const terms = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 8);
  if (terms.length === 0) return { items: [], nextCursor: null };
  const { rows: matches } = await pool.query<{ id: string; board_name: string; column_name: string }>(
    `SELECT c.id, b.name AS board_name, col.name AS column_name
       FROM cards c
       JOIN memberships m ON m.board_id = c.board_id AND m.user_id = $1
       JOIN boards b ON b.id = c.board_id
       JOIN columns col ON col.id = c.column_id
      WHERE c.search @@ to_tsquery('simple', $2) AND NOT c.archived
      ORDER BY c.id DESC
      LIMIT $3`,
    [userId, terms.map((term) => `${term}:*`).join(' & '), limit + 1],
  );
  const page = matches.slice(0, limit);
  const { rows } = await pool.query<CardRecord>(`SELECT ${cardColumns} FROM cards WHERE id = ANY($1::uuid[])`, [
    page.map((match) => match.id),
  ]);
  const cards = new Map(rows.map((row) => [row.id, toCard(row)]));
  const items = page.flatMap((match) => {
    const card = cards.get(match.id);
    return card ? [{ ...card, boardName: match.board_name, columnName: match.column_name }] : [];
  });
  return { items, nextCursor: matches.length > limit ? Buffer.from(page.at(-1)!.id).toString('base64url') : null };
}
