import { slo } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { workspacePaths } from '../workspace-paths.ts';
import { readArtilleryFiles } from './artillery-files.ts';
import { composeScript } from './compose-script.ts';

const options = { target: 'http://127.0.0.1:4321', seedUsers: 50, durationSeconds: undefined, objectives: slo };

describe('composeScript (on the real artillery/ files)', () => {
  it('when the smoke shape is composed, then every journey runs equally often against the given target', async () => {
    const files = await readArtilleryFiles(workspacePaths.artilleryDir, 'smoke');

    const { script, runSeconds } = composeScript(files, options);

    expect(script.config['target']).toBe('http://127.0.0.1:4321');
    expect(script.scenarios.map((scenario) => [scenario['name'], scenario['weight']])).toEqual([
      ['browse', 1],
      ['plan', 1],
      ['search', 1],
    ]);
    expect(runSeconds).toBeLessThanOrEqual(30);
  });

  it('when a shape is composed, then its ensure checks and apdex thresholds cover every SLO request of the journeys', async () => {
    const files = await readArtilleryFiles(workspacePaths.artilleryDir, 'peak');

    const { script, requests } = composeScript(files, options);
    const plugins = script.config['plugins'] as { ensure: { conditions: { expression: string }[] } };
    const variables = script.config['variables'] as { sloApdexTMs: Record<string, number>; seedUsers: number };

    const sloRequests = Object.values(slo.groups).flatMap((group) => group.requests);
    expect(requests.toSorted()).toEqual(sloRequests.toSorted());
    expect(plugins.ensure.conditions).toHaveLength(4 * sloRequests.length);
    expect(Object.keys(variables.sloApdexTMs).toSorted()).toEqual(sloRequests.toSorted());
    expect(variables.seedUsers).toBe(50);
  });

  it('when a duration is given, then the phases are scaled to it and the session deadline follows', async () => {
    const files = await readArtilleryFiles(workspacePaths.artilleryDir, 'normal');

    const { script, runSeconds } = composeScript(files, { ...options, durationSeconds: 120 });

    expect(runSeconds).toBe(120);
    expect((script.config['variables'] as { runSeconds: number }).runSeconds).toBe(120);
  });
});
