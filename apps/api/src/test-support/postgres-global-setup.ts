import type { TestProject } from 'vitest/node';
import { postgresAdminUrl, withAdminClient } from './postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    backendAvailable: boolean;
  }
}

/**
 * Without PostgreSQL a developer's run skips this suite with a warning; under CI=true that is a failure instead,
 * so a green CI always means the suite ran.
 */
export default async function setup(project: TestProject): Promise<void> {
  try {
    await withAdminClient((client) => client.query('SELECT 1'));
    project.provide('backendAvailable', true);
  } catch (error) {
    if (process.env['CI'] === 'true') {
      throw new Error(`PostgreSQL is required under CI=true but ${postgresAdminUrl} is unreachable`, { cause: error });
    }
    console.warn(`PostgreSQL unreachable at ${postgresAdminUrl}: skipping the PostgreSQL suite`);
    project.provide('backendAvailable', false);
  }
}
