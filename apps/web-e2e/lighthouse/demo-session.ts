import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BoardList } from '@brisk/shared-contracts';
import { onCleanup, signIn, startApi } from '@brisk/shared-util-lab';
import { demoAccount } from './lighthouse-settings.ts';

export interface DemoSession {
  origin: string;
  /**
   * The `Cookie` header Lighthouse sends with every request: the session alone. Lighthouse can only add headers, which
   * script cannot read, so the SPA's signed-in hint must reach the browser's own cookie jar: the server sets it on the
   * first page load that brings a session without it.
   */
  cookie: string;
  boardId: string;
  cardCount: number;
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const response = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The built API on a fresh SQLite in `runDir` with the demo seeded, signed in as the demo user. The data folder goes
 * with the run's cleanup; the API log stays beside the reports.
 */
export async function startDemoSession(repoRoot: string, runDir: string): Promise<DemoSession> {
  const dataDir = path.join(runDir, 'data');
  onCleanup(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }));
  const api = await startApi(
    { name: 'api', database: { dataDir }, seedDemo: true },
    { apiEntry: path.join(repoRoot, 'dist/apps/api/main.js'), logDir: runDir },
  );
  const cookie = await signIn(api.origin, demoAccount.email, demoAccount.password);
  const { boards } = await getJson<BoardList>(`${api.origin}/api/boards`, cookie);
  const board = boards.find((candidate) => candidate.name === demoAccount.boardName);
  if (!board) throw new Error(`the demo seed made no "${demoAccount.boardName}"`);
  // The first read of a board builds its cached view; the measured runs get what every later visitor gets.
  await getJson(`${api.origin}/api/boards/${board.id}`, cookie);
  const session = cookie.split('; ').filter((pair) => pair.startsWith('brisk_session='));
  return { origin: api.origin, cookie: session.join('; '), boardId: board.id, cardCount: board.cardCount };
}
