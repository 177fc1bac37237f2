import { z } from 'zod';

/** The name a request carries in the Artillery journeys (`name:`), the unit every objective is judged on. */
export const SloRequestNameSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'kebab-case');

/**
 * What one request must achieve. Latency is time to first byte as the load generator sees it. A failure is a network
 * error, a 5xx or an unexpected 4xx; a 409 on a contended write is the API working as designed and is counted apart.
 */
export const SloTargetSchema = z.strictObject({
  p95Ms: z.number().positive(),
  p99Ms: z.number().positive(),
  maxErrorPercent: z.number().min(0).max(100),
  /** Apdex: satisfied at or under T, tolerating up to 4T, frustrated beyond 4T or failed. */
  apdexTMs: z.number().positive(),
  minApdex: z.number().min(0).max(1),
});
export type SloTarget = z.infer<typeof SloTargetSchema>;

export const SloGroupSchema = SloTargetSchema.extend({
  description: z.string().min(1),
  requests: z.array(SloRequestNameSchema).min(1),
});
export type SloGroup = z.infer<typeof SloGroupSchema>;

/** A long run passes when, after warm-up, memory does not keep growing and the tail latency does not drift upwards. */
export const EnduranceSloSchema = z.strictObject({
  /** Warm-up is this share of the run, and at least minWarmupSeconds: caches fill and users ramp up first. */
  warmupFraction: z.number().min(0).max(0.5),
  minWarmupSeconds: z.number().min(0),
  maxMemoryGrowthPercent: z.number().positive(),
  maxP99DriftPercent: z.number().positive(),
});
export type EnduranceSlo = z.infer<typeof EnduranceSloSchema>;

export const SloSchema = z
  .strictObject({ groups: z.record(z.string(), SloGroupSchema), endurance: EnduranceSloSchema })
  .refine(
    (value) => {
      const names = Object.values(value.groups).flatMap((group) => group.requests);
      return new Set(names).size === names.length;
    },
    { message: 'A request belongs to one group only' },
  );
export type Slo = z.infer<typeof SloSchema>;

/**
 * Brisk's service level objectives: the only place these numbers live. perf-lab turns them into the Artillery `ensure`
 * checks of every run and judges its summary and report against them.
 */
export const slo: Slo = SloSchema.parse({
  groups: {
    reads: {
      description: 'Small reads: the board list and single cards',
      requests: ['list-boards', 'get-card', 'reread-card'],
      p95Ms: 50,
      p99Ms: 150,
      maxErrorPercent: 0.5,
      apdexTMs: 25,
      minApdex: 0.9,
    },
    board: {
      description: 'A whole board with its columns and every unarchived card',
      requests: ['get-board'],
      p95Ms: 100,
      p99Ms: 250,
      maxErrorPercent: 0.5,
      apdexTMs: 50,
      minApdex: 0.9,
    },
    writes: {
      description: 'Creating, editing and moving cards',
      requests: ['create-card', 'update-card', 'move-card'],
      p95Ms: 100,
      p99Ms: 250,
      maxErrorPercent: 1,
      apdexTMs: 50,
      minApdex: 0.9,
    },
    search: {
      description: 'Full-text search over the caller’s boards',
      requests: ['search'],
      p95Ms: 150,
      p99Ms: 400,
      maxErrorPercent: 1,
      apdexTMs: 75,
      minApdex: 0.85,
    },
    auth: {
      description: 'Sign-in: scrypt makes it deliberately slow and CPU-bound',
      requests: ['login'],
      p95Ms: 1_000,
      p99Ms: 2_000,
      maxErrorPercent: 1,
      apdexTMs: 500,
      minApdex: 0.7,
    },
  },
  endurance: { warmupFraction: 0.2, minWarmupSeconds: 120, maxMemoryGrowthPercent: 10, maxP99DriftPercent: 25 },
});

/** The objective a request is judged against, with its group's name; undefined for a request no group names. */
export function findSloTarget(objectives: Slo, request: string): { group: string; target: SloTarget } | undefined {
  for (const [group, { description: _description, requests, ...target }] of Object.entries(objectives.groups)) {
    if (requests.includes(request)) return { group, target };
  }
  return undefined;
}
