import type { Cache } from '@brisk/api-data-access-cache';
import type { Db } from '@brisk/api-data-access-db';

export interface BoardsDeps {
  db: Db;
  cache: Cache;
}
