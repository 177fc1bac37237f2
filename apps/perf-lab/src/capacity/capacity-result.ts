import { z } from 'zod';
import { SummarySchema } from '../analysis/summary-schema.ts';

const maybe = z.number().optional();

const StepSchema = z.strictObject({
  index: z.int().min(0),
  users: z.int().min(0),
  startSecond: z.number(),
  endSecond: z.number(),
  judgedFromSecond: z.number(),
  requests: z.int().min(0),
  requestsPerSecond: z.number(),
  failed: z.int().min(0),
  errorPercent: z.number(),
  p50Ms: maybe,
  p95Ms: maybe,
  p99Ms: maybe,
  loginP95Ms: maybe,
  generatorCpuMaxPercent: maybe,
  generatorBound: z.boolean(),
  holds: z.boolean().optional(),
  reasons: z.array(z.string()),
});

/** capacity.json: every step judged, and the answer. */
export const CapacityResultSchema = z.strictObject({
  schemaVersion: z.literal(1),
  runId: z.string(),
  startedAt: z.string(),
  slo: z.string(),
  excludedRequests: z.array(z.string()),
  steps: z.array(StepSchema),
  outcome: z.enum(['knee', 'held-to-max', 'fails-at-first-step', 'generator-bound', 'not-judged']),
  /** The last step that held: the largest user count and request rate this deployment carries within the objective. */
  knee: StepSchema.optional(),
  /** The first step that did not. */
  breaking: StepSchema.optional(),
  /** Fewer steps completed than were planned: the knee was found, the generator saturated, or the run was stopped. */
  endedEarly: z.boolean(),
  target: SummarySchema.shape.target,
  machine: SummarySchema.shape.machine,
  seed: SummarySchema.shape.seed,
  command: z.array(z.string()),
});
export type CapacityResult = z.infer<typeof CapacityResultSchema>;
