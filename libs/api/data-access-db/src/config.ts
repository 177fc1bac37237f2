export type DbKind = 'sqlite' | 'postgres';

export interface DbConfig {
  /** `postgres://...` switches to PostgreSQL; unset means the embedded SQLite file in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize: number;
  statementTimeoutMs: number;
}

export function dbKindOf(config: Pick<DbConfig, 'databaseUrl'>): DbKind {
  return config.databaseUrl ? 'postgres' : 'sqlite';
}
