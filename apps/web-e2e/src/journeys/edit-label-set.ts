import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../a11y.ts';

export interface LabelToAdd {
  name: string;
  /** As the colour select shows it: "Red", "Teal"... */
  colour: string;
}

/** Adds labels to the board's set on its labels page, after those it has, and goes back to the board. */
export async function editLabelSet(page: Page, boardPath: string, labels: readonly LabelToAdd[]): Promise<void> {
  await page.goto(boardPath);
  await page.getByRole('link', { name: 'Labels', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Labels', level: 1 })).toBeVisible();
  let place = await page.getByRole('list', { name: 'Labels' }).getByRole('listitem').count();
  for (const label of labels) {
    place += 1;
    await page.getByRole('button', { name: 'Add label' }).click();
    await page.getByLabel(`Name of label ${place}`, { exact: true }).fill(label.name);
    await page.getByLabel(`Colour of label ${place}`, { exact: true }).selectOption({ label: label.colour });
  }
  await expectNoSeriousA11yViolations(page, 'the label set editor');
  await page.getByRole('button', { name: 'Save labels' }).click();
  await expect(page.getByText('Labels saved.')).toBeVisible();
  await page.getByRole('link', { name: /^Back to / }).click();
}
