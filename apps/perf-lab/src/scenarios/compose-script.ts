import type { Slo } from '@brisk/shared-contracts';
import type { ArtilleryFiles } from './artillery-files.ts';
import { buildApdexThresholds, buildEnsureConditions } from './ensure-checks.ts';
import { scalePhases, sumDurations, type Phase } from './phases.ts';
import { listRequestNames } from './request-names.ts';

export interface ComposeOptions {
  target: string;
  seedUsers: number;
  durationSeconds: number | undefined;
  objectives: Slo;
}

export interface ComposedScript {
  /** One self-contained Artillery script: what was run, and what reruns it by hand. */
  script: { config: Record<string, unknown>; scenarios: Record<string, unknown>[] };
  phases: Phase[];
  runSeconds: number;
  requests: string[];
}

/**
 * common config + load shape + every journey, with what only the run knows laid over them: the target, the seeded user
 * count, the deadline that ends sessions on time, and the `ensure` checks generated from slo.ts.
 */
export function composeScript(files: ArtilleryFiles, options: ComposeOptions): ComposedScript {
  const shapePhases = files.shape.config.phases;
  const phases = options.durationSeconds === undefined ? shapePhases : scalePhases(shapePhases, options.durationSeconds);
  const runSeconds = sumDurations(phases);
  const weights = files.shape.brisk?.journeyWeights ?? {};
  const scenarios = files.journeys.map((journey) => ({ ...journey, weight: weights[journey.name] ?? journey.weight }));
  const requests = listRequestNames(scenarios);
  // The run names its target itself; common.json's environments are for hand runs (`-e local`).
  const { environments: _environments, ...common } = files.common.config;
  const config = {
    ...common,
    ...files.shape.config,
    target: options.target,
    processor: files.processorPath,
    phases,
    variables: {
      ...common.variables,
      ...files.shape.config.variables,
      seedUsers: options.seedUsers,
      runSeconds,
      sloApdexTMs: buildApdexThresholds(requests, options.objectives),
    },
    plugins: {
      ...common.plugins,
      ensure: { conditions: buildEnsureConditions(requests, options.objectives) },
    },
  };
  return { script: { config, scenarios }, phases, runSeconds, requests };
}
