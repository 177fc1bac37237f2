import { EntitySchema } from 'typeorm';
import type { DbKind } from './config.ts';
import type { BoardRow, CardRow, ColumnRow, MembershipRow, SessionRow, UserRow } from './rows.ts';

/**
 * Entity schemas, not decorators: no reflect-metadata, and the two drivers differ only in a few column types.
 * The tables themselves come from the migrations, never from `synchronize`.
 */
export function createEntities(kind: DbKind) {
  const id = kind === 'postgres' ? ('uuid' as const) : ('varchar' as const);
  const timestamp = kind === 'postgres' ? ('timestamptz' as const) : ('datetime' as const);

  const User = new EntitySchema<UserRow>({
    name: 'User',
    tableName: 'users',
    columns: {
      id: { type: id, primary: true },
      email: { type: 'varchar' },
      name: { type: 'varchar' },
      passwordHash: { type: 'varchar', name: 'password_hash' },
      createdAt: { type: timestamp, name: 'created_at' },
    },
  });

  const Session = new EntitySchema<SessionRow>({
    name: 'Session',
    tableName: 'sessions',
    columns: {
      id: { type: 'varchar', primary: true },
      userId: { type: id, name: 'user_id' },
      createdAt: { type: timestamp, name: 'created_at' },
      expiresAt: { type: timestamp, name: 'expires_at' },
    },
  });

  const Board = new EntitySchema<BoardRow>({
    name: 'Board',
    tableName: 'boards',
    columns: {
      id: { type: id, primary: true },
      name: { type: 'varchar' },
      labels: { type: 'simple-json' },
      version: { type: 'integer' },
      createdAt: { type: timestamp, name: 'created_at' },
      updatedAt: { type: timestamp, name: 'updated_at' },
    },
  });

  const Membership = new EntitySchema<MembershipRow>({
    name: 'Membership',
    tableName: 'memberships',
    columns: {
      boardId: { type: id, name: 'board_id', primary: true },
      userId: { type: id, name: 'user_id', primary: true },
      role: { type: 'varchar' },
      createdAt: { type: timestamp, name: 'created_at' },
    },
  });

  const Column = new EntitySchema<ColumnRow>({
    name: 'Column',
    tableName: 'columns',
    columns: {
      id: { type: id, primary: true },
      boardId: { type: id, name: 'board_id' },
      name: { type: 'varchar' },
      position: { type: 'varchar' },
      wipLimit: { type: 'integer', name: 'wip_limit', nullable: true },
      version: { type: 'integer' },
      createdAt: { type: timestamp, name: 'created_at' },
    },
  });

  const Card = new EntitySchema<CardRow>({
    name: 'Card',
    tableName: 'cards',
    columns: {
      id: { type: id, primary: true },
      boardId: { type: id, name: 'board_id' },
      columnId: { type: id, name: 'column_id' },
      title: { type: 'varchar' },
      description: { type: 'text' },
      labels: { type: 'simple-json' },
      assigneeId: { type: id, name: 'assignee_id', nullable: true },
      dueDate: { type: 'date', name: 'due_date', nullable: true },
      position: { type: 'varchar' },
      archived: { type: 'boolean' },
      version: { type: 'integer' },
      createdAt: { type: timestamp, name: 'created_at' },
      updatedAt: { type: timestamp, name: 'updated_at' },
    },
  });

  return { User, Session, Board, Membership, Column, Card };
}
export type Entities = ReturnType<typeof createEntities>;
