import { z } from 'zod';
import { PhaseSchema } from '../scenarios/phases.ts';
import { ScenarioNameSchema } from '../scenarios/scenario-names.ts';

const PhaseEventSchema = z.strictObject({
  kind: z.enum(['started', 'completed']),
  index: z.int().min(0),
  name: z.string(),
  at: z.number(),
});

/** run.json: how a run was set up and what happened to it, enough to rebuild its summary and report later. */
export const RunRecordSchema = z.strictObject({
  schemaVersion: z.literal(1),
  runId: z.string(),
  /** A load shape, or `capacity`: a stepped load perf-lab composes itself. */
  scenario: z.union([ScenarioNameSchema, z.literal('capacity')]),
  startedAt: z.iso.datetime(),
  command: z.array(z.string()),
  target: z.strictObject({
    origin: z.string(),
    startedByPerfLab: z.boolean(),
    database: z.enum(['sqlite', 'postgres', 'external']),
    redis: z.boolean(),
    slowdownPercent: z.number().min(0).optional(),
  }),
  seed: z.strictObject({
    users: z.int().positive(),
    boards: z.int().positive().optional(),
    cardsPerBoard: z.int().min(0).optional(),
    cardsInserted: z.int().min(0).optional(),
    cardsPerSecond: z.number().min(0).optional(),
  }),
  runSeconds: z.int().positive(),
  phases: z.array(PhaseSchema),
  phaseEvents: z.array(PhaseEventSchema),
  artillery: z.strictObject({ version: z.string(), exitCode: z.int().optional(), error: z.string().optional() }),
  machine: z.strictObject({ cores: z.int().positive(), cpuModel: z.string(), node: z.string(), platform: z.string() }),
});
export type RunRecord = z.infer<typeof RunRecordSchema>;
