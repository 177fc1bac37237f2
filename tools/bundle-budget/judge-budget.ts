import { sentBrotli, type ChunkRow } from './chunk-sizes.ts';
import type { ChunkGroup } from './group-chunks.ts';

export interface Budget {
  label: string;
  maxKb: number;
}

export interface BudgetVerdict {
  label: string;
  bytes: number;
  maxBytes: number;
  over: boolean;
}

const bytesPerKb = 1000;

/** The brotli bytes sent for one group's chunks against its budget. */
export function judgeGroup(rows: readonly ChunkRow[], group: ChunkGroup, budget: Budget): BudgetVerdict {
  const bytes = rows.filter((row) => row.group === group).reduce((sum, row) => sum + sentBrotli(row.sizes), 0);
  const maxBytes = Math.round(budget.maxKb * bytesPerKb);
  return { label: budget.label, bytes, maxBytes, over: bytes > maxBytes };
}

function formatKb(bytes: number): string {
  return `${(bytes / bytesPerKb).toFixed(1)} KB (${bytes.toLocaleString('en-US')} B)`;
}

export function describeVerdict(verdict: BudgetVerdict): string {
  const measured = `${verdict.label}: ${formatKb(verdict.bytes)} brotli, budget ${formatKb(verdict.maxBytes)}`;
  return verdict.over ? `${measured}: OVER BUDGET by ${formatKb(verdict.bytes - verdict.maxBytes)}` : `${measured}: ok`;
}
