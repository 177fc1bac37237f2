import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { PhaseSchema } from './phases.ts';
import type { ScenarioName } from './scenario-names.ts';

const ConfigSchema = z.looseObject({
  phases: z.array(PhaseSchema).optional(),
  variables: z.record(z.string(), z.unknown()).optional(),
  plugins: z.record(z.string(), z.unknown()).optional(),
});

const JourneySchema = z.looseObject({ name: z.string(), weight: z.number().positive(), flow: z.array(z.unknown()) });
export type Journey = z.infer<typeof JourneySchema>;

export const CommonFileSchema = z.looseObject({ config: ConfigSchema });
export const ShapeFileSchema = z.looseObject({
  config: ConfigSchema.extend({ phases: z.array(PhaseSchema).min(1) }),
  /** perf-lab's own settings, which Artillery ignores: the smoke run plays every journey equally often. */
  brisk: z.strictObject({ journeyWeights: z.record(z.string(), z.number().positive()) }).optional(),
});
export const JourneyFileSchema = z.looseObject({ scenarios: z.array(JourneySchema).length(1) });

export type CommonFile = z.infer<typeof CommonFileSchema>;
export type ShapeFile = z.infer<typeof ShapeFileSchema>;

export interface ArtilleryFiles {
  common: CommonFile;
  shape: ShapeFile;
  journeys: Journey[];
  processorPath: string;
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * artillery/common.json, the shape of the scenario (or one composed by perf-lab, as capacity's steps are) and every
 * journey in artillery/journeys.
 */
export async function readArtilleryFiles(artilleryDir: string, scenario: ScenarioName | ShapeFile): Promise<ArtilleryFiles> {
  const common = await readJson(path.join(artilleryDir, 'common.json'), CommonFileSchema);
  const shape = typeof scenario === 'string' ? await readJson(path.join(artilleryDir, 'shapes', `${scenario}.json`), ShapeFileSchema) : ShapeFileSchema.parse(scenario);
  const journeyDir = path.join(artilleryDir, 'journeys');
  const journeyFiles = (await readdir(journeyDir)).filter((file) => file.endsWith('.json')).sort();
  const journeys = [];
  for (const file of journeyFiles) journeys.push(...(await readJson(path.join(journeyDir, file), JourneyFileSchema)).scenarios);
  const processor = common.config['processor'];
  if (typeof processor !== 'string') throw new Error('artillery/common.json names no processor');
  return { common, shape, journeys, processorPath: path.resolve(artilleryDir, processor) };
}
