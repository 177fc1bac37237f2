import { parseArgs } from 'node:util';

export interface SeedOptions {
  users: number;
  boards: number;
  /** Cards per board, spread evenly over its columns. */
  cards: number;
  columns: number;
  /** Boards are named "<boardName> 1…N"; "Perf board" unless told otherwise. */
  boardName?: string;
}

export interface SeedCliOptions extends SeedOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  json: boolean;
}

function readCount(name: string, raw: string | undefined, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`--${name} must be an integer from ${min} to ${max}, got ${String(raw)}`);
  }
  return value;
}

export function parseSeedArgs(args: string[]): SeedCliOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      users: { type: 'string', default: '1' },
      boards: { type: 'string', default: '1' },
      cards: { type: 'string', default: '500' },
      columns: { type: 'string', default: '5' },
      'board-name': { type: 'string', default: 'Perf board' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string', default: process.env['BRISK_DATA_DIR'] ?? './data' },
      json: { type: 'boolean', default: false },
    },
  });
  return {
    users: readCount('users', values.users, 1, 100_000),
    boards: readCount('boards', values.boards, 1, 10_000),
    cards: readCount('cards', values.cards, 0, 1_000_000),
    // The API caps a board at 20 columns.
    columns: readCount('columns', values.columns, 1, 20),
    boardName: values['board-name'],
    databaseUrl: values['database-url'] ?? process.env['DATABASE_URL'],
    dataDir: values['data-dir'],
    json: values.json,
  };
}
