import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../a11y.ts';
import { cardNamed, literally, openCard } from './board-locators.ts';

export interface CardLabelling {
  /** Names in the board's label set, toggled on in the picker. */
  picked: readonly string[];
  /** Free text for labels outside the set. */
  other?: string;
  /** A member's name, as the assignee select lists it. */
  assignee: string;
}

/** Opens a card, picks labels from the set, types others, assigns a member, saves, and checks the card on the board. */
export async function labelAndAssignCard(
  page: Page,
  boardPath: string,
  title: string,
  { picked, other, assignee }: CardLabelling,
): Promise<void> {
  await page.goto(boardPath);
  await openCard(page, cardNamed(page, title));
  const dialog = page.getByRole('dialog', { name: title });
  for (const name of picked) {
    const toggle = dialog.getByRole('button', { name, exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  if (other) await dialog.getByLabel('Other labels').fill(other);
  await dialog.getByLabel('Assignee').selectOption({ label: assignee });
  await expectNoSeriousA11yViolations(page, 'the card dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  const assigned = new RegExp(`^${literally(title)}\\s+assigned to ${literally(assignee)}`);
  const card = page.getByRole('button', { name: assigned });
  await expect(card).toBeVisible();
  for (const name of picked) {
    await expect(card.getByText(name, { exact: true })).toHaveAttribute('data-label-color', /.+/);
  }
}
