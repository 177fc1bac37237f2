import path from 'node:path';
import { exitCodes } from '../cli/exit-codes.ts';
import type { BaselineCommand } from '../cli/parse-cli.ts';
import { workspacePaths } from '../workspace-paths.ts';
import { saveBaseline } from './run-sets.ts';

export async function baselineCommand(command: BaselineCommand, print: (lines: string[]) => void): Promise<number> {
  const file = await saveBaseline(command.name, command.runDirs);
  print([`baseline ${command.name}: ${command.runDirs.length} runs saved to ${path.relative(workspacePaths.root, file)}`]);
  return exitCodes.pass;
}
