import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const blocking = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now (open dialogs and toasts included) and fails on serious or critical violations,
 * each named with its rule and the elements at fault; minor and moderate ones are left to review.
 */
export async function expectNoSeriousA11yViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations
    .filter((violation) => blocking.has(violation.impact ?? ''))
    .map(({ id, impact, help, nodes }) => `${id} (${impact}): ${help} at ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, `serious accessibility violations on ${what}`).toEqual([]);
}
