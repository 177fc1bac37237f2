import { notFound, versionConflict } from '@brisk/api-util-http';

/**
 * Optimistic concurrency: `write` applies only while the row is still at the version the caller saw. When it is not,
 * the caller gets 409 with the row as it is now (or 404 if it is gone).
 */
export async function writeIfVersion<T>(
  what: string,
  write: () => Promise<boolean>,
  reload: () => Promise<T | null>,
): Promise<T> {
  const written = await write();
  const current = await reload();
  if (!current) throw notFound(what);
  if (!written) throw versionConflict(current);
  return current;
}
