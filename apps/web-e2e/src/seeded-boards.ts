import { runSeeder } from '@brisk/shared-util-lab';
import { expect, type Page } from '@playwright/test';
import { e2eDataDir } from '../playwright.config.ts';

/** The seeder's first user: the owner of every board it makes. */
export const seededUser = { email: 'user1@brisk.test', password: 'brisk-perf-password' };

/**
 * Seeds `<name> 1`, a board of 5 columns and `cards` cards owned by the seeded user, straight into the E2E server's
 * SQLite (thousands of cards in a second, where the API would take minutes), and returns its id.
 */
export async function seedBoard(name: string, cards: number): Promise<string> {
  const result = await runSeeder({ users: 1, boards: 1, cards, boardName: name, target: { dataDir: e2eDataDir } }, 120_000);
  return result.boards[0]!.id;
}

/** Signs the page's context in as the seeded user through the API (no login page on the way). */
export async function signInAsSeededUser(page: Page): Promise<void> {
  const response = await page.request.post('/api/auth/login', { data: seededUser });
  expect(response.status()).toBe(200);
}
