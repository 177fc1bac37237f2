import { z } from 'zod';
import { LatencyHistogramSchema } from './latency-histogram.ts';

const maybe = z.number().optional();

const EndpointSummarySchema = z.strictObject({
  request: z.string(),
  group: z.string().optional(),
  requests: z.int().min(0),
  requestsPerSecond: z.number(),
  ok: z.int().min(0),
  conflicts: z.int().min(0),
  failed: z.int().min(0),
  errorPercent: z.number(),
  p50Ms: maybe,
  p95Ms: maybe,
  p99Ms: maybe,
  maxMs: maybe,
  serverP95Ms: maybe,
  apdex: maybe,
  /** Every response time of the run for this request (to the µs where measured): what `compare` judges. */
  histogram: LatencyHistogramSchema,
});

const WindowFiguresSchema = z.strictObject({
  requests: z.int().min(0),
  failed: z.int().min(0),
  conflicts: z.int().min(0),
  p50Ms: maybe,
  p95Ms: maybe,
  p99Ms: maybe,
});

/** Per phase (a stress step, the spike): the load level and what it cost, which is what `capacity` reads. */
const PhaseSummarySchema = z.strictObject({
  index: z.int().min(0),
  name: z.string(),
  startSecond: z.number(),
  endSecond: z.number(),
  maxActiveUsers: maybe,
  requestsPerSecond: z.number(),
  all: WindowFiguresSchema,
  endpoints: z.record(z.string(), WindowFiguresSchema),
});

const VerdictSchema = z.strictObject({
  request: z.string(),
  group: z.string(),
  objective: z.enum(['p95', 'p99', 'errors', 'apdex']),
  actual: maybe,
  limit: z.number(),
  bound: z.enum(['max', 'min']),
  judged: z.boolean(),
  passed: z.boolean(),
});

const TrendSchema = z.strictObject({
  start: z.number(),
  end: z.number(),
  changePercent: z.number(),
  limitPercent: z.number(),
  passed: z.boolean(),
});

export const SummarySchema = z.strictObject({
  schemaVersion: z.literal(1),
  runId: z.string(),
  scenario: z.string(),
  startedAt: z.string(),
  durationSeconds: z.number(),
  verdict: z.enum(['pass', 'slo-breach', 'invalid']),
  valid: z.boolean(),
  invalidReasons: z.array(z.string()),
  target: z.strictObject({
    origin: z.string(),
    startedByPerfLab: z.boolean(),
    database: z.string(),
    redis: z.boolean(),
    /** Set when the load went through perf-lab's delaying proxy (`--slowdown`): a rehearsal, not a measurement of Brisk. */
    slowdownPercent: z.number().min(0).optional(),
  }),
  machine: z.strictObject({ cores: z.int(), cpuModel: z.string(), node: z.string(), platform: z.string(), artillery: z.string() }),
  seed: z.strictObject({ users: z.int(), boards: z.int().optional(), cardsPerBoard: z.int().optional() }),
  load: z.strictObject({
    requests: z.int().min(0),
    requestsPerSecond: z.number(),
    failed: z.int().min(0),
    conflicts: z.int().min(0),
    errorPercent: z.number(),
    vusersCreated: z.int().min(0),
    vusersCompleted: z.int().min(0),
    vusersFailed: z.int().min(0),
    maxActiveUsers: maybe,
    /** Artillery's own error counters (errors.ETIMEDOUT, errors.Failed expectations…). */
    errors: z.record(z.string(), z.number()),
  }),
  endpoints: z.array(EndpointSummarySchema),
  phases: z.array(PhaseSummarySchema),
  slo: z.strictObject({ passed: z.boolean(), verdicts: z.array(VerdictSchema) }),
  generator: z.strictObject({
    samples: z.int().min(0),
    cpuMeanPercent: maybe,
    cpuMaxPercent: maybe,
    shareOverLimit: z.number(),
    /** The whole machine during the load, of one core: well above server + generator means a noisy neighbour. */
    hostCpuMeanPercent: maybe,
  }),
  server: z
    .strictObject({
      samples: z.int().min(0),
      failedScrapes: z.int().min(0),
      rssMaxBytes: maybe,
      heapUsedMaxBytes: maybe,
      eventLoopP99MaxMs: maybe,
      cpuMeanPercent: maybe,
      dbStatementsPerRequest: maybe,
      cacheHitPercent: maybe,
    })
    .nullable(),
  endurance: z
    .strictObject({
      assessed: z.boolean(),
      reason: z.string().optional(),
      warmupSeconds: z.number(),
      rss: TrendSchema.optional(),
      heap: TrendSchema.optional(),
      p99: TrendSchema.optional(),
      passed: z.boolean(),
    })
    .nullable(),
  artilleryExitCode: z.int().optional(),
});
export type Summary = z.infer<typeof SummarySchema>;
