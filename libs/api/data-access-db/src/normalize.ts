/** Raw rows differ by driver: PostgreSQL returns Date and bigint-as-string, SQLite returns 'YYYY-MM-DD HH:MM:SS.SSS' (UTC). */
export function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`).toISOString();
  throw new TypeError(`Not a timestamp: ${String(value)}`);
}

export function toInt(value: unknown): number {
  return typeof value === 'number' ? value : Number.parseInt(String(value), 10);
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
