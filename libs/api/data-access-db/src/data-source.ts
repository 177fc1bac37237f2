import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dbKindOf, type DbConfig } from './config.ts';
import { createEntities } from './entities.ts';
import { PostgresArchivedCardsIndex1764100000000 } from './migrations/postgres-archived-cards-index.ts';
import { PostgresBoardLabels1764000000000 } from './migrations/postgres-board-labels.ts';
import { PostgresInitial1763740000000 } from './migrations/postgres-initial.ts';
import { PostgresSearchStatistics1763800000000 } from './migrations/postgres-search-statistics.ts';
import { SqliteArchivedCardsIndex1764100000000 } from './migrations/sqlite-archived-cards-index.ts';
import { SqliteBoardLabels1764000000000 } from './migrations/sqlite-board-labels.ts';
import { SqliteInitial1763740000000 } from './migrations/sqlite-initial.ts';

export const sqliteFileName = 'brisk.sqlite';

export function createDataSource(config: DbConfig): DataSource {
  const kind = dbKindOf(config);
  const entities = Object.values(createEntities(kind));
  if (kind === 'postgres') {
    return new DataSource({
      type: 'postgres',
      url: config.databaseUrl,
      entities,
      migrations: [
        PostgresInitial1763740000000,
        PostgresSearchStatistics1763800000000,
        PostgresBoardLabels1764000000000,
        PostgresArchivedCardsIndex1764100000000,
      ],
      poolSize: config.poolSize,
      extra: { statement_timeout: config.statementTimeoutMs, application_name: 'brisk' },
    });
  }
  mkdirSync(config.dataDir, { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: path.join(config.dataDir, sqliteFileName),
    entities,
    migrations: [SqliteInitial1763740000000, SqliteBoardLabels1764000000000, SqliteArchivedCardsIndex1764100000000],
    enableWAL: true,
    statementCacheSize: 200,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
    },
  });
}
