import { exitCodeOf, exitCodes } from './cli/exit-codes.ts';
import { parseCli, usage, type Command } from './cli/parse-cli.ts';
import { cleanUpOnSignals, runCleanup } from '@brisk/shared-util-lab';
import { describeSummary } from './run/describe-summary.ts';
import { runFiles } from './run/run-files.ts';
import { runScenario } from './run/run-scenario.ts';
import { writeRunOutputs } from './run/write-run-outputs.ts';
import { seedCommand } from './seed/seed-command.ts';
import { baselineCommand } from './compare/baseline-command.ts';
import { compareCommand } from './compare/compare-command.ts';
import { capacityCommand, capacityExitCode, writeCapacityOutputs } from './capacity/capacity-command.ts';
import { describeCapacity } from './capacity/describe-capacity.ts';
import { readRunRecord } from './run/load-run-data.ts';
import { verifyRun } from './run/verify-run.ts';

function print(lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function execute(command: Command, argv: readonly string[]): Promise<number> {
  switch (command.command) {
    case 'help':
      print([usage]);
      return exitCodes.pass;
    case 'seed':
      return seedCommand(command);
    case 'report': {
      const record = await readRunRecord(command.runDir);
      if (record.scenario === 'capacity') {
        // A capacity run is rebuilt with the objective it was run with.
        const original = parseCli(record.command);
        if (original.command !== 'capacity') throw new Error(`${command.runDir}: run.json does not hold a capacity command`);
        const result = await writeCapacityOutputs(command.runDir, original.slo);
        print([...describeCapacity(result), `  report: ${runFiles(command.runDir).report}`]);
        return capacityExitCode(result);
      }
      const summary = await writeRunOutputs(command.runDir);
      print([...describeSummary(summary), `  report: ${runFiles(command.runDir).report}`]);
      return exitCodeOf(summary.verdict);
    }
    case 'verify':
      return verifyRun(command.runDir, print);
    case 'capacity':
      return capacityCommand(command, argv, print);
    case 'compare':
      return compareCommand(command, print);
    case 'baseline':
      return baselineCommand(command, print);
    case 'run': {
      const { summary, runDir } = await runScenario(command, argv);
      print([...describeSummary(summary), `  report: ${runFiles(runDir).report}`]);
      return exitCodeOf(summary.verdict);
    }
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let command: Command;
  try {
    command = parseCli(argv);
  } catch (error) {
    console.error(`perf-lab: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return exitCodes.error;
  }
  cleanUpOnSignals('perf-lab');
  try {
    return await execute(command, argv);
  } catch (error) {
    console.error(`perf-lab: ${error instanceof Error ? error.message : String(error)}`);
    return exitCodes.error;
  } finally {
    await runCleanup();
  }
}

process.exitCode = await main();
