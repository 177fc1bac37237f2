import type { BenchSettings } from '../bench-settings.ts';
import { runAutocannonCli } from '../load/run-autocannon-cli.ts';
import { runLoadDriver } from '../load/run-load-driver.ts';
import type { BoardLab } from '../setup/start-board-lab.ts';
import type { CorpusLab } from '../setup/start-corpus-lab.ts';
import type { HttpTarget } from '../setup/lab-context.ts';
import { refreshMoveSlots } from '../setup/corpus-targets.ts';
import type { Scenario } from './scenario.ts';

const jsonContent = { 'content-type': 'application/json' };

/** A–D: one constant GET, the case the autocannon CLI measures, at the same connections for all four. */
function boardScenario(id: string, title: string, target: HttpTarget, path: string, connections: number): Scenario {
  return {
    id,
    title,
    group: 'board',
    connections,
    generator: 'autocannon CLI',
    run: (shape) => runAutocannonCli(`${target.origin}${path}`, target.headers, { ...shape, connections }),
  };
}

function readScenario(
  id: string,
  title: string,
  group: string,
  target: HttpTarget,
  paths: string[],
  connections: number,
): Scenario {
  return {
    id,
    title,
    group,
    connections,
    generator: 'load driver',
    run: (shape) => runLoadDriver(target.origin, target.headers, { kind: 'get', paths }, { ...shape, connections }),
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
    scenarios.push(
      readScenario('E-L2', 'Board GET, every hit from Redis (L1 off)', 'tiers', lab.redisTiers.viaL2, [lab.boardPath], 1),
      readScenario('E-L1', 'Board GET, hits from L1 (Redis on)', 'tiers', lab.redisTiers.viaL1, [lab.boardPath], 1),
    );
  }
  return scenarios;
}

function corpusScenarios(lab: CorpusLab, settings: BenchSettings): Scenario[] {
  const reads = settings.readConnections;
  const writes = settings.writeConnections;
  const { api, pgControl } = lab;
  return [
    readScenario('F', 'Search, 100k cards (PostgreSQL)', 'search', api, lab.searchPaths, reads),
    readScenario('F-pg', 'Control: same search SQL via plain pg', 'search', pgControl, lab.searchPaths, reads),
    readScenario('G-read', 'Card GET (PostgreSQL)', 'card-read', api, lab.readPaths, writes),
    readScenario('G-read-pg', 'Control: same card SELECT via plain pg', 'card-read', pgControl, lab.readPaths, writes),
    {
      id: 'G-create',
      title: 'Card create, 100 columns (PostgreSQL)',
      group: 'card-create',
      connections: writes,
      generator: 'load driver',
      run: (shape) =>
        runLoadDriver(api.origin, { ...api.headers, ...jsonContent }, { kind: 'create', columnIds: lab.targets.columnIds }, { ...shape, connections: writes }),
    },
    {
      id: 'G-move',
      title: 'Card move, one request per card at a time (PostgreSQL)',
      group: 'card-move',
      connections: writes,
      generator: 'load driver',
      run: async (shape) => {
        const slots = await refreshMoveSlots(lab.databaseUrl, lab.targets.moveSlots);
        return runLoadDriver(api.origin, { ...api.headers, ...jsonContent }, { kind: 'move', slots }, { ...shape, connections: writes });
      },
    },
  ];
}

export function buildScenarios(board: BoardLab, corpus: CorpusLab, settings: BenchSettings): Scenario[] {
  return [...boardScenarios(board, settings), ...corpusScenarios(corpus, settings)];
}
