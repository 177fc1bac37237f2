import type { Board, BoardSummary, Column, Member, Role } from '@brisk/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';
import { toIso, toInt } from '../normalize.ts';
import type { BoardRow } from '../rows.ts';

/** A board's identity and who may see it: everything an authorization check needs, in one cacheable value. */
export interface BoardAccess {
  board: Omit<Board, 'role'>;
  members: Member[];
}

export function createBoardsRepository(manager: EntityManager, entities: Entities) {
  const boards = manager.getRepository(entities.Board);
  return {
    async insert(board: Pick<BoardRow, 'id' | 'name'>, now: Date): Promise<BoardRow> {
      const row = { ...board, createdAt: now, updatedAt: now };
      await boards.insert(row);
      return row;
    },
    /** The board and all its members in one statement; null when there is no such board. */
    async findWithMembers(boardId: string): Promise<BoardAccess | null> {
      const rows = await manager
        .createQueryBuilder()
        .select(['b.id AS id', 'b.name AS name', 'b.created_at AS created_at'])
        .addSelect(['m.user_id AS user_id', 'm.role AS role', 'u.email AS email', 'u.name AS user_name'])
        .from(entities.Board, 'b')
        .leftJoin(entities.Membership.options.name, 'm', 'm.board_id = b.id')
        .leftJoin(entities.User.options.name, 'u', 'u.id = m.user_id')
        .where('b.id = :boardId', { boardId })
        .orderBy('m.created_at', 'ASC')
        .addOrderBy('u.email', 'ASC')
        .getRawMany<{ id: string; name: string; created_at: unknown; user_id: string | null; role: Role; email: string; user_name: string }>();
      const [first] = rows;
      if (!first) return null;
      return {
        board: { id: first.id, name: first.name, createdAt: toIso(first.created_at) },
        members: rows.flatMap((row) =>
          row.user_id ? [{ userId: row.user_id, email: row.email, name: row.user_name, role: row.role }] : [],
        ),
      };
    },
    /** The board and its columns in order, in one statement; null when there is no such board. */
    async findWithColumns(boardId: string): Promise<{ board: Omit<Board, 'role'>; columns: Column[] } | null> {
      const rows = await manager
        .createQueryBuilder()
        .select(['b.id AS id', 'b.name AS name', 'b.created_at AS created_at'])
        .addSelect(['col.id AS column_id', 'col.name AS column_name', 'col.position AS position'])
        .addSelect(['col.wip_limit AS wip_limit', 'col.version AS version'])
        .from(entities.Board, 'b')
        .leftJoin(entities.Column.options.name, 'col', 'col.board_id = b.id')
        .where('b.id = :boardId', { boardId })
        .orderBy('col.position', 'ASC')
        .addOrderBy('col.id', 'ASC')
        .getRawMany<{
          id: string;
          name: string;
          created_at: unknown;
          column_id: string | null;
          column_name: string;
          position: string;
          wip_limit: number | null;
          version: unknown;
        }>();
      const [first] = rows;
      if (!first) return null;
      return {
        board: { id: first.id, name: first.name, createdAt: toIso(first.created_at) },
        columns: rows.flatMap((row) =>
          row.column_id
            ? [
                {
                  id: row.column_id,
                  boardId,
                  name: row.column_name,
                  position: row.position,
                  wipLimit: row.wip_limit,
                  version: toInt(row.version),
                },
              ]
            : [],
        ),
      };
    },
    async rename(id: string, name: string): Promise<void> {
      await boards.update({ id }, { name, updatedAt: new Date() });
    },
    async delete(id: string): Promise<void> {
      await boards.delete({ id });
    },
    /** The caller's boards, newest first, with the number of unarchived cards on each: one statement. */
    async listForUser(userId: string): Promise<BoardSummary[]> {
      const rows = await manager
        .createQueryBuilder()
        .select(['b.id AS id', 'b.name AS name', 'b.created_at AS created_at', 'm.role AS role'])
        .addSelect(
          (sub) =>
            sub
              .select('COUNT(*)')
              .from(entities.Card, 'c')
              .where('c.board_id = b.id')
              .andWhere('c.archived = :archived', { archived: false }),
          'card_count',
        )
        .from(entities.Membership, 'm')
        .innerJoin(entities.Board.options.name, 'b', 'b.id = m.board_id')
        .where('m.user_id = :userId', { userId })
        .orderBy('b.created_at', 'DESC')
        .addOrderBy('b.id', 'DESC')
        .getRawMany<{ id: string; name: string; created_at: unknown; role: Role; card_count: unknown }>();
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        role: row.role,
        cardCount: toInt(row.card_count),
        createdAt: toIso(row.created_at),
      }));
    },
  };
}
export type BoardsRepository = ReturnType<typeof createBoardsRepository>;
