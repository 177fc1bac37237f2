import type { BenchSettings } from '../bench-settings.ts';
import type { DriverTraffic } from '../load/driver-spec.ts';
import type { LoadShape } from '../load/measured-run.ts';
import { runLoadDriver } from '../load/run-load-driver.ts';
import { runWrk } from '../load/run-wrk.ts';
import type { BoardLab } from '../setup/start-board-lab.ts';
import type { CorpusLab } from '../setup/start-corpus-lab.ts';
import type { HttpTarget } from '../setup/lab-context.ts';
import { refreshMoveSlots } from '../setup/corpus-targets.ts';
import type { Pacing, Scenario } from './scenario.ts';

const jsonContent = { 'content-type': 'application/json' };

/**
 * A–D: one constant GET at the same connections for all four, through wrk with one thread: autocannon needed more than
 * 80% of a core at these rates, which made the ratios measure the generator.
 */
function boardScenario(id: string, title: string, target: HttpTarget, path: string, connections: number): Scenario {
  return {
    id,
    title,
    group: 'board',
    connections,
    generator: 'wrk',
    run: (shape) => runWrk(`${target.origin}${path}`, target.headers, { ...shape, connections }),
  };
}

/**
 * A scenario driven by a load driver: closed loop (autocannon) without `pacing`, open loop (paced-driver.ts) at
 * `pacing.fraction` of the source scenario's throughput with it. `traffic` may be a function of the round (moves).
 */
function driverScenario(
  id: string,
  title: string,
  group: string,
  target: HttpTarget,
  traffic: DriverTraffic | (() => Promise<DriverTraffic>),
  connections: number,
  pacing?: Pacing,
): Scenario {
  return {
    id,
    title,
    group,
    connections,
    generator: pacing ? 'paced driver' : 'autocannon',
    ...(pacing ? { pacing } : {}),
    run: async (shape: LoadShape) => {
      const resolved = typeof traffic === 'function' ? await traffic() : traffic;
      return runLoadDriver(target.origin, target.headers, resolved, { ...shape, connections });
    },
  };
}

function boardScenarios(lab: BoardLab, settings: BenchSettings): Scenario[] {
  const connections = settings.readConnections;
  const scenarios = [
    boardScenario('A', 'Board GET, cache on (SQLite, br)', lab.cached, lab.boardPath, connections),
    boardScenario('B', 'Board GET, cache off (SQLite, br)', lab.uncached, lab.boardPath, connections),
    boardScenario('C', 'Control: node:http replaying A', lab.raw, lab.boardPath, connections),
    boardScenario('D', 'Control: Express 5 replaying A', lab.express, lab.boardPath, connections),
  ];
  if (lab.redisTiers) {
    // One connection: the target is the extra latency of a Redis hit, which queueing at 10 connections would multiply.
    const get: DriverTraffic = { kind: 'get', paths: [lab.boardPath] };
    scenarios.push(
      driverScenario('E-L2', 'Board GET, every hit from Redis (L1 off)', 'tiers', lab.redisTiers.viaL2, get, 1),
      driverScenario('E-L1', 'Board GET, hits from L1 (Redis on)', 'tiers', lab.redisTiers.viaL1, get, 1),
    );
  }
  return scenarios;
}

function corpusScenarios(lab: CorpusLab, settings: BenchSettings): Scenario[] {
  const reads = settings.readConnections;
  const writes = settings.writeConnections;
  const fraction = settings.openLoopFraction;
  const percent = `${Math.round(fraction * 100)}%`;
  const { api, pgControl } = lab;
  const writer = { origin: api.origin, headers: { ...api.headers, ...jsonContent } };
  const search: DriverTraffic = { kind: 'get', paths: lab.searchPaths };
  const read: DriverTraffic = { kind: 'get', paths: lab.readPaths };
  const create: DriverTraffic = { kind: 'create', columnIds: lab.targets.columnIds };
  // Moves of earlier runs changed versions and columns: read them again before every run.
  const move = async (): Promise<DriverTraffic> => ({ kind: 'move', slots: await refreshMoveSlots(lab.databaseUrl, lab.targets.moveSlots) });
  const pacedBy = (source: string): Pacing => ({ source, fraction });
  return [
    driverScenario('F', 'Search, 100k cards (PostgreSQL)', 'search', api, search, reads),
    driverScenario('F-pg', 'Control: same search SQL via plain pg', 'search', pgControl, search, reads),
    // The controls' open loop runs at the API's rate, so the latencies compare at the same offered load.
    driverScenario('F-open', `Search, open loop at ${percent} of F`, 'search', api, search, reads, pacedBy('F')),
    driverScenario('F-pg-open', `Control: plain pg search at F-open's rate`, 'search', pgControl, search, reads, pacedBy('F')),
    driverScenario('G-read', 'Card GET (PostgreSQL)', 'card-read', api, read, writes),
    driverScenario('G-read-pg', 'Control: same card SELECT via plain pg', 'card-read', pgControl, read, writes),
    driverScenario('G-read-open', `Card GET, open loop at ${percent} of G-read`, 'card-read', api, read, writes, pacedBy('G-read')),
    driverScenario('G-read-pg-open', `Control: plain pg card SELECT at G-read-open's rate`, 'card-read', pgControl, read, writes, pacedBy('G-read')),
    driverScenario('G-create', 'Card create, 100 columns (PostgreSQL)', 'card-create', writer, create, writes),
    driverScenario('G-create-open', `Card create, open loop at ${percent} of G-create`, 'card-create', writer, create, writes, pacedBy('G-create')),
    driverScenario('G-move', 'Card move, one request per card at a time (PostgreSQL)', 'card-move', writer, move, writes),
    driverScenario('G-move-open', `Card move, open loop at ${percent} of G-move`, 'card-move', writer, move, writes, pacedBy('G-move')),
  ];
}

export function buildScenarios(board: BoardLab, corpus: CorpusLab, settings: BenchSettings): Scenario[] {
  return [...boardScenarios(board, settings), ...corpusScenarios(corpus, settings)];
}
