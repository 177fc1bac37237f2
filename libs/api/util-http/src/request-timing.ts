import { performance } from 'node:perf_hooks';

/** What one request spent where: SQL statements and their time, and which cache tier answered. */
export class RequestTiming {
  dbStatements = 0;
  dbMs = 0;
  cacheTiers: string[] = [];
  private readonly startedAt = performance.now();

  noteQuery(durationMs: number): void {
    this.dbStatements++;
    this.dbMs += durationMs;
  }

  noteCache(tier: string): void {
    this.cacheTiers.push(tier);
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** The `Server-Timing` header value: db (time and statement count), cache (tiers that answered), total. */
  toServerTiming(): string {
    const parts = [`db;dur=${this.dbMs.toFixed(2)};desc="${this.dbStatements} statements"`];
    if (this.cacheTiers.length > 0) parts.push(`cache;desc="${[...new Set(this.cacheTiers)].join(' ')}"`);
    parts.push(`total;dur=${this.elapsedMs().toFixed(2)}`);
    return parts.join(', ');
  }
}
