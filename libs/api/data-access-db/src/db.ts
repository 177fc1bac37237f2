import { Mutex } from 'async-mutex';
import type { AfterQueryEvent } from 'typeorm';
import { dbKindOf, type DbConfig, type DbKind } from './config.ts';
import { createDataSource } from './data-source.ts';
import { createEntities } from './entities.ts';
import { createRepositories, type Repositories } from './repositories.ts';

export interface Db extends Repositories {
  kind: DbKind;
  /** Runs `work` atomically. On SQLite, TypeORM shares one connection, so transactions are queued one at a time. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Raw SQL in the driver's own dialect and placeholders: for diagnostics and bulk tools, not for request paths. */
  query<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** Database reachable and no migration pending. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

export interface QueryEvent {
  sql: string;
  parameters: unknown[];
  durationMs: number;
  failed: boolean;
}

export interface DbHooks {
  /** Called after every SQL statement: the app counts statements per request and times them; tests read plans. */
  onQuery?(event: QueryEvent): void;
}

/** Connects and applies pending migrations; throws if the database cannot be reached. */
export async function openDb(config: DbConfig, hooks: DbHooks = {}): Promise<Db> {
  const kind = dbKindOf(config);
  const entities = createEntities(kind);
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  const onQuery = hooks.onQuery;
  if (onQuery) {
    dataSource.subscribers.push({
      afterQuery: (event: AfterQueryEvent) =>
        onQuery({
          sql: event.query,
          parameters: Array.isArray(event.parameters) ? event.parameters : [],
          durationMs: event.executionTime ?? 0,
          failed: !event.success,
        }),
    });
  }
  await dataSource.runMigrations({ transaction: 'each' });
  const writeLock = kind === 'sqlite' ? new Mutex() : null;
  const runTransaction = <T>(work: (tx: Repositories) => Promise<T>) =>
    dataSource.transaction((manager) => work(createRepositories(manager, entities, kind)));

  return {
    kind,
    ...createRepositories(dataSource.manager, entities, kind),
    transaction: (work) => (writeLock ? writeLock.runExclusive(() => runTransaction(work)) : runTransaction(work)),
    query: (sql, parameters) => dataSource.query(sql, parameters),
    async isReady() {
      try {
        await dataSource.query('SELECT 1');
        return !(await dataSource.showMigrations());
      } catch {
        return false;
      }
    },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
