import { describe, inject } from 'vitest';

export const testDbKind = process.env['BRISK_TEST_DB'] === 'postgres' ? 'postgres' : 'sqlite';

/** A describe block that runs against the project's backend, named after it, skipped only where the backend is absent. */
export function describeApi(name: string, body: () => void): void {
  const available = testDbKind === 'sqlite' || inject('backendAvailable') !== false;
  describe.skipIf(!available)(`${name} [${testDbKind}]`, body);
}
