import { describe, inject } from 'vitest';

export const testDbKind = process.env['BRISK_TEST_DB'] === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A describe block named after the project's backend, skipped only where that backend is absent (the project's global
 * setup says so, and under CI=true it fails instead). Projects without a global setup always run.
 */
export function describeApi(name: string, body: () => void): void {
  const available = inject('backendAvailable') ?? true;
  describe.skipIf(!available)(`${name} [${process.env['BRISK_TEST_BACKEND'] ?? testDbKind}]`, body);
}
