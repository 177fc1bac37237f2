import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ScenarioNameSchema, type ScenarioName } from '../scenarios/scenario-names.ts';
import { parseCapacitySlo, type CapacitySlo } from '../capacity/capacity-slo.ts';
import type { CapacityStepOptions } from '../capacity/capacity-steps.ts';
import { baselineNamePattern } from '../compare/run-sets.ts';
import { parseDuration } from './parse-duration.ts';

export interface SeedSize {
  users: number;
  boards: number;
  cards: number;
}

/** What the system under test is, and how perf-lab gets it ready. */
export interface TargetOptions {
  db: 'sqlite' | 'postgres';
  redis: boolean;
  target: string | undefined;
  seed: SeedSize;
  skipBuild: boolean;
}

export interface RunCommand extends TargetOptions {
  command: 'run';
  scenario: ScenarioName;
  durationSeconds: number | undefined;
  /** Route the load through perf-lab's delaying proxy, slowing every response by this share (to rehearse compare). */
  slowdownPercent: number | undefined;
}

export interface SeedCommand {
  command: 'seed';
  seed: SeedSize;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
}

export interface ReportCommand {
  command: 'report' | 'verify';
  runDir: string;
}

export interface CompareCommand {
  command: 'compare';
  candidate: string[];
  baseline: string[];
  thresholdPercent: number;
}

export interface BaselineCommand {
  command: 'baseline';
  name: string;
  runDirs: string[];
}

export interface CapacityCommand extends TargetOptions {
  command: 'capacity';
  slo: CapacitySlo;
  steps: CapacityStepOptions;
  durationSeconds?: undefined;
  slowdownPercent?: undefined;
}

export type Command = RunCommand | SeedCommand | ReportCommand | CompareCommand | BaselineCommand | CapacityCommand | { command: 'help' };

export const usage = `Usage: npm run perf -- <command>

  run <scenario> [options]   scenario: ${ScenarioNameSchema.options.join(' | ')}
      --db sqlite|postgres   database of the API perf-lab starts (default sqlite, the embedded default)
      --redis                start the API with Redis (BRISK_PERF_REDIS_URL, default redis://127.0.0.1:6379)
      --target URL           load a running deployment instead: no build, no API start, no seeding
      --duration 10m         stretch or shrink the load shape to this length (90s, 10m, 1h30m)
      --users N --boards N --cards N   seed size (cards per board); with --target, --users must match its seed
      --skip-build           use dist/apps/api as it is (the Nx targets build it first)
      --slowdown 30%         send the load through a proxy that delays every response by that share of its time
                             (rehearses compare; 0% is the control: same hop, no delay)
  seed --users N --boards N --cards N [--database-url URL | --data-dir DIR]
  report <run-dir>           rebuild summary.json and report.html from a run's raw files
  verify <run-dir>           check summary.json, the run's validity, and that report.html draws offline in Chromium
  compare <run-dir>... <baseline> [--threshold 20]
                             per-request p50/p95 change with a bootstrap confidence interval; exits 1 when a
                             request is slower by the threshold (percent) or more and the interval excludes no change.
                             <baseline>: a name or file in apps/perf-lab/baselines/, or one run directory
  baseline <name> <run-dir>...   save runs of one scenario as apps/perf-lab/baselines/<name>.json
  capacity --slo "p95<=100ms,errors<=1%" [--start-users 50] [--step-users 50] [--max-users 600] [--step 60s]
                             steps the journeys' users up, judges the second half of each step (login apart),
                             ends at the first step that breaks the objective and reports the last that held;
                             takes --db, --redis, --target, the seed sizes and --skip-build as run does

Exit codes: 0 pass, 1 SLO breach or regression, 2 invalid run (load generator saturated) or runs not comparable,
3 error.`;

const countSchema = (max: number) => z.coerce.number().int().min(1).max(max);
const SeedSizeSchema = z.object({ users: countSchema(100_000), boards: countSchema(10_000), cards: z.coerce.number().int().min(0).max(1_000_000) });
const defaultSeed = { users: '200', boards: '10', cards: '1000' };

const options = {
  db: { type: 'string', default: 'sqlite' },
  redis: { type: 'boolean', default: false },
  target: { type: 'string' },
  duration: { type: 'string' },
  users: { type: 'string', default: defaultSeed.users },
  boards: { type: 'string', default: defaultSeed.boards },
  cards: { type: 'string', default: defaultSeed.cards },
  'skip-build': { type: 'boolean', default: false },
  slowdown: { type: 'string' },
  slo: { type: 'string', default: 'p95<=100ms,errors<=1%' },
  'start-users': { type: 'string', default: '50' },
  'step-users': { type: 'string', default: '50' },
  'max-users': { type: 'string', default: '600' },
  step: { type: 'string', default: '60s' },
  threshold: { type: 'string', default: '20' },
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function readTarget(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`--target must be an http(s) URL, got ${text}`);
  return url.origin;
}

function readPercent(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(/%$/, ''));
  if (!Number.isFinite(value) || value < 0 || value > 1000) throw new Error(`${option} must be a percentage from 0 to 1000, got ${text}`);
  return value;
}

function parseCompare(paths: readonly string[], threshold: string): CompareCommand {
  const baseline = paths.at(-1);
  if (paths.length < 2 || baseline === undefined) throw new Error('compare needs one or more run directories and then a baseline');
  const thresholdPercent = readPercent(threshold, '--threshold');
  if (!thresholdPercent) throw new Error('--threshold must be above 0');
  return { command: 'compare', candidate: paths.slice(0, -1), baseline: [baseline], thresholdPercent };
}

function parseBaseline(paths: readonly string[]): BaselineCommand {
  const [name, ...runDirs] = paths;
  if (!name || !baselineNamePattern.test(name)) throw new Error('baseline needs a name of lower-case letters, digits and dashes');
  if (runDirs.length === 0) throw new Error('baseline needs the run directories it is made of');
  return { command: 'baseline', name, runDirs };
}

const StepOptionsSchema = z
  .object({ startUsers: countSchema(10_000), stepUsers: countSchema(10_000), maxUsers: countSchema(10_000), stepSeconds: z.int().min(20).max(3600) })
  .refine((steps) => steps.maxUsers >= steps.startUsers, { message: '--max-users must be at least --start-users' });

function parseTargetOptions(values: { db: string; redis: boolean; target?: string | undefined; 'skip-build': boolean }, seed: SeedSize): TargetOptions {
  if (values.db !== 'sqlite' && values.db !== 'postgres') throw new Error(`--db must be sqlite or postgres, got ${values.db}`);
  const target = readTarget(values.target);
  if (target && (values.db !== 'sqlite' || values.redis)) throw new Error('--target loads a running deployment: --db and --redis do not apply');
  return { db: values.db, redis: values.redis, target, seed, skipBuild: values['skip-build'] };
}

/** Throws an Error whose message is fit for the terminal. */
export function parseCli(args: readonly string[]): Command {
  const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  const [command, argument, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  if (command === 'compare') return parseCompare(positionals.slice(1), values.threshold);
  if (command === 'baseline') return parseBaseline(positionals.slice(1));
  if (extra.length > 0) throw new Error(`unexpected arguments: ${extra.join(' ')}`);
  const seed = SeedSizeSchema.parse({ users: values.users, boards: values.boards, cards: values.cards });
  if (command === 'seed') return { command, seed, databaseUrl: values['database-url'], dataDir: values['data-dir'] };
  if (command === 'report' || command === 'verify') {
    if (!argument) throw new Error(`${command} needs the run directory`);
    return { command, runDir: argument };
  }
  if (command === 'capacity') {
    if (argument !== undefined) throw new Error(`unexpected arguments: ${argument}`);
    if (values.duration !== undefined || values.slowdown !== undefined) throw new Error('capacity sets its own length (--step, --max-users) and takes no --slowdown');
    const steps = StepOptionsSchema.safeParse({
      startUsers: values['start-users'],
      stepUsers: values['step-users'],
      maxUsers: values['max-users'],
      stepSeconds: parseDuration(values.step),
    });
    if (!steps.success) throw new Error(`capacity steps: ${z.prettifyError(steps.error)}`);
    return { command, ...parseTargetOptions(values, seed), slo: parseCapacitySlo(values.slo), steps: steps.data };
  }
  if (command !== 'run') throw new Error(`unknown command: ${command}`);
  const scenario = ScenarioNameSchema.safeParse(argument);
  if (!scenario.success) throw new Error(`run needs a scenario: ${ScenarioNameSchema.options.join(', ')}`);
  const targetOptions = parseTargetOptions(values, seed);
  const durationSeconds = values.duration === undefined ? undefined : parseDuration(values.duration);
  if (values.duration !== undefined && durationSeconds === undefined) throw new Error(`--duration: not a duration: ${values.duration}`);
  const slowdownPercent = readPercent(values.slowdown, '--slowdown');
  // The proxy speaks plain HTTP to Artillery: an HTTPS deployment's Secure session cookie would never come back.
  if (slowdownPercent !== undefined && targetOptions.target?.startsWith('https:')) throw new Error('--slowdown works with http targets only');
  return { command, scenario: scenario.data, ...targetOptions, durationSeconds, slowdownPercent };
}
