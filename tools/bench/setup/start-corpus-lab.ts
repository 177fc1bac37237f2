import { createScratchDatabase, signIn, startApi } from '@brisk/shared-util-lab';
import { startControl } from '../processes/start-control.ts';
import { seedPassword } from '../../seed/ensure-users.ts';
import type { SeedResult } from '../../seed/seed-data.ts';
import { seedTarget } from '../../seed/seed-target.ts';
import { searchTopics } from '../../seed/vocabulary.ts';
import type { HttpTarget, LabContext } from './lab-context.ts';
import { corpusSeed } from './bench-seeds.ts';
import { pickCorpusTargets, type CorpusTargets } from './corpus-targets.ts';

/** F–G: the 100,000-card corpus in a fresh PostgreSQL database, the API on it, and plain `pg` doing the same queries. */
export interface CorpusLab {
  databaseUrl: string;
  api: HttpTarget;
  pgControl: HttpTarget;
  searchPaths: string[];
  readPaths: string[];
  targets: CorpusTargets;
  seed: SeedResult;
}

export async function startCorpusLab(context: LabContext): Promise<CorpusLab> {
  const { settings, workDir, logDir } = context;
  const databaseUrl = await createScratchDatabase(settings.postgresAdminUrl, 'brisk_bench');
  const seed = await seedTarget({ databaseUrl, dataDir: workDir }, corpusSeed);
  const owner = seed.users[0]!;
  const [api, control] = await Promise.all([
    startApi({ name: 'api-corpus', database: { databaseUrl }, cache: 'on' }, { apiEntry: settings.apiEntry, logDir }),
    startControl('pg-query-server', [databaseUrl, owner.id], '/health', logDir),
  ]);
  const headers = { cookie: await signIn(api.origin, owner.email, seedPassword) };
  const targets = await pickCorpusTargets(databaseUrl, seed.boards, 1_000);
  return {
    databaseUrl,
    api: { origin: api.origin, headers },
    pgControl: { origin: control.origin, headers },
    // Each topic word is in about 1 card in 10 (title or description): ~10,000 matches, of which the newest 20 are returned.
    searchPaths: searchTopics.map((word) => `/api/search?q=${word}&limit=20`),
    readPaths: targets.readCardIds.map((id) => `/api/cards/${id}`),
    targets,
    seed,
  };
}
