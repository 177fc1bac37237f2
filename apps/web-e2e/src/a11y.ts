import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const blocking = new Set(['serious', 'critical']);

/**
 * Runs axe over the page as it is now (every default rule: WCAG 2.x A and AA plus best practices; open dialogs and
 * toasts included) and fails on any serious or critical violation, naming the rule and the elements at fault; minor
 * and moderate ones are left to review. `what` names the state checked, the page's address by default.
 */
export async function expectNoSeriousA11yViolations(page: Page, what = page.url()): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations
    .filter((violation) => blocking.has(violation.impact ?? ''))
    .map(({ id, impact, help, nodes }) => `${id} (${impact}): ${help} at ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, `serious accessibility violations on ${what}`).toEqual([]);
}
