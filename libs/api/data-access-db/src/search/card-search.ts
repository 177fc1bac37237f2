import type { SearchHit } from '@brisk/shared-contracts';

export interface CardSearchRequest {
  userId: string;
  /** Lower-cased word prefixes, letters and digits only; every one must match. */
  terms: string[];
  boardId?: string | undefined;
  /** Keyset: only cards whose id sorts before this one (ids are UUIDv7, so newest first). */
  beforeId?: string | undefined;
  limit: number;
}

export interface CardSearchMatch {
  id: string;
  boardName: string;
  columnName: string;
}

/** One interface, two engines: PostgreSQL tsvector + GIN, SQLite FTS5. Only boards the user is a member of. */
export interface CardSearch {
  findMatches(request: CardSearchRequest): Promise<CardSearchMatch[]>;
}

export type { SearchHit };
