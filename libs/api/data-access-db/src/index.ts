export { dbKindOf, type DbConfig, type DbKind } from './config.ts';
export { sqliteFileName } from './data-source.ts';
export { openDb, type Db, type DbHooks, type QueryEvent } from './db.ts';
export type { Repositories } from './repositories.ts';
export type { CardPatch, NewCard } from './repositories/cards-repository.ts';
export type { ColumnPatch } from './repositories/columns-repository.ts';
export type { CardSearchMatch, CardSearchRequest } from './search/card-search.ts';
export type { BoardAccess, BoardPatch } from './repositories/boards-repository.ts';
