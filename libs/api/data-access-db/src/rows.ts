import type { BoardLabel, Role } from '@brisk/shared-contracts';

/** Rows as TypeORM hydrates them; repositories turn them into the shared contract types before they leave this lib. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: Date;
}

export interface SessionRow {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface BoardRow {
  id: string;
  name: string;
  labels: BoardLabel[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface MembershipRow {
  boardId: string;
  userId: string;
  role: Role;
  createdAt: Date;
}

export interface ColumnRow {
  id: string;
  boardId: string;
  name: string;
  position: string;
  wipLimit: number | null;
  version: number;
  createdAt: Date;
}

export interface CardRow {
  id: string;
  boardId: string;
  columnId: string;
  title: string;
  description: string;
  labels: string[];
  assigneeId: string | null;
  dueDate: string | null;
  position: string;
  archived: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
