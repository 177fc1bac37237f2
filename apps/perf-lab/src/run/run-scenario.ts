import type { Summary } from '../analysis/summary-schema.ts';
import type { RunCommand } from '../cli/parse-cli.ts';
import { readArtilleryFiles } from '../scenarios/artillery-files.ts';
import { workspacePaths } from '../workspace-paths.ts';
import { executeLoad } from './execute-load.ts';
import { writeRunOutputs } from './write-run-outputs.ts';

/** One scenario from start to report; returns the summary, or throws when the run could not be carried out. */
export async function runScenario(command: RunCommand, argv: readonly string[]): Promise<{ summary: Summary; runDir: string }> {
  const files = await readArtilleryFiles(workspacePaths.artilleryDir, command.scenario);
  const { runDir } = await executeLoad({ scenario: command.scenario, files, options: command, argv });
  return { summary: await writeRunOutputs(runDir), runDir };
}
