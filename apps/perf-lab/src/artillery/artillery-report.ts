import { z } from 'zod';

const SummarySchema = z.looseObject({
  min: z.number(),
  max: z.number(),
  count: z.number(),
  mean: z.number(),
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
});
export type ArtillerySummary = z.infer<typeof SummarySchema>;

/** One reporting period (10 s) or the whole run: only the parts perf-lab reads are checked. */
const PeriodSchema = z.looseObject({
  counters: z.record(z.string(), z.number()).default({}),
  summaries: z.record(z.string(), SummarySchema).default({}),
  firstMetricAt: z.number().optional(),
  lastMetricAt: z.number().optional(),
  period: z.coerce.number().optional(),
});
export type ArtilleryPeriod = z.infer<typeof PeriodSchema>;

/** What `artillery run --output <file>` writes. */
export const ArtilleryReportSchema = z.looseObject({
  aggregate: PeriodSchema,
  intermediate: z.array(PeriodSchema).default([]),
});
export type ArtilleryReport = z.infer<typeof ArtilleryReportSchema>;
