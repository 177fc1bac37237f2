import type { Board, BoardLabel, BoardSummary, Column, Member, Role } from '@brisk/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { Entities } from '../entities.ts';
import { toIso, toInt } from '../normalize.ts';
import type { BoardRow } from '../rows.ts';

/** A board's identity and who may see it: everything an authorization check needs, in one cacheable value. */
export interface BoardAccess {
  board: Pick<Board, 'id' | 'name' | 'createdAt'>;
  members: Member[];
}

export type BoardPatch = Partial<Pick<BoardRow, 'name' | 'labels'>>;

/** The board's own fields as raw columns, for statements that join more onto the board row. */
const boardColumns = ['b.id AS id', 'b.name AS name', 'b.labels AS labels', 'b.version AS version', 'b.created_at AS created_at'];
interface RawBoard {
  id: string;
  name: string;
  labels: string;
  version: unknown;
  created_at: unknown;
}

function toBoard(raw: RawBoard): Omit<Board, 'role'> {
  return {
    id: raw.id,
    name: raw.name,
    labels: JSON.parse(raw.labels) as BoardLabel[],
    version: toInt(raw.version),
    createdAt: toIso(raw.created_at),
  };
}

export function createBoardsRepository(manager: EntityManager, entities: Entities) {
  const boards = manager.getRepository(entities.Board);
  return {
    async insert(board: Pick<BoardRow, 'id' | 'name'>, now: Date): Promise<BoardRow> {
      const row = { ...board, labels: [], version: 1, createdAt: now, updatedAt: now };
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
    async findById(boardId: string): Promise<Omit<Board, 'role'> | null> {
      const row = await manager
        .createQueryBuilder()
        .select(boardColumns)
        .from(entities.Board, 'b')
        .where('b.id = :boardId', { boardId })
        .getRawOne<RawBoard>();
      return row ? toBoard(row) : null;
    },
    /** The board and its columns in order, in one statement; null when there is no such board. */
    async findWithColumns(boardId: string): Promise<{ board: Omit<Board, 'role'>; columns: Column[] } | null> {
      const rows = await manager
        .createQueryBuilder()
        .select(boardColumns)
        .addSelect(['col.id AS column_id', 'col.name AS column_name', 'col.position AS position'])
        .addSelect(['col.wip_limit AS wip_limit', 'col.version AS column_version'])
        .from(entities.Board, 'b')
        .leftJoin(entities.Column.options.name, 'col', 'col.board_id = b.id')
        .where('b.id = :boardId', { boardId })
        .orderBy('col.position', 'ASC')
        .addOrderBy('col.id', 'ASC')
        .getRawMany<
          RawBoard & {
            column_id: string | null;
            column_name: string;
            position: string;
            wip_limit: number | null;
            column_version: unknown;
          }
        >();
      const [first] = rows;
      if (!first) return null;
      return {
        board: toBoard(first),
        columns: rows.flatMap((row) =>
          row.column_id
            ? [
                {
                  id: row.column_id,
                  boardId,
                  name: row.column_name,
                  position: row.position,
                  wipLimit: row.wip_limit,
                  version: toInt(row.column_version),
                },
              ]
            : [],
        ),
      };
    },
    /**
     * Applies the patch and moves the version on; given `version`, only while the board is still at it. False when it
     * has moved on (or the board is gone).
     */
    async updateIfVersion(id: string, version: number | undefined, patch: BoardPatch): Promise<boolean> {
      const result = await boards.update(version === undefined ? { id } : { id, version }, {
        ...patch,
        version: () => '"version" + 1',
        updatedAt: new Date(),
      });
      return (result.affected ?? 0) > 0;
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
