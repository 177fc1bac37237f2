import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { archiveUndoRestore } from './journeys/archive-undo-restore.ts';
import { cardNamed } from './journeys/board-locators.ts';
import { deleteCard } from './journeys/delete-card.ts';
import { editLabelSet } from './journeys/edit-label-set.ts';
import { labelAndAssignCard } from './journeys/label-and-assign-card.ts';
import { column, expectTitles, newAccount, register } from './support.ts';

test('a member labels, assigns, archives with Undo, restores from the archive and deletes cards', async ({ page }) => {
  const owner = newAccount('Olivia');
  let boardPath = '';

  await test.step('register, create a board through the UI and add three cards', async () => {
    await register(page, owner);
    await page.getByLabel('Board name').fill('Card journeys');
    await page.getByRole('button', { name: 'Create board' }).click();
    await expect(page.getByRole('heading', { name: 'Card journeys' })).toBeVisible();
    boardPath = new URL(page.url()).pathname;
    const todo = column(page, 'To do');
    for (const title of ['Alpha', 'Bravo', 'Charlie']) {
      await todo.getByLabel('Card title').fill(title);
      await todo.getByRole('button', { name: 'Add card' }).click();
      await expect(cardNamed(todo, title)).toBeVisible();
    }
  });

  await test.step('give the board a label set', async () => {
    await editLabelSet(page, boardPath, [
      { name: 'Bug', colour: 'Red' },
      { name: 'Design', colour: 'Teal' },
    ]);
  });

  await test.step('label and assign a card', async () => {
    await labelAndAssignCard(page, boardPath, 'Alpha', { picked: ['Bug'], other: 'later', assignee: owner.name });
    await expectNoSeriousA11yViolations(page, 'the board with labelled, assigned cards');
  });

  await test.step('edits are not lost to Escape without asking', async () => {
    await cardNamed(page, 'Bravo').click();
    const dialog = page.getByRole('dialog', { name: 'Bravo' });
    await dialog.getByLabel('Description').fill('Half a thought');
    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: 'Discard your changes?' });
    await expectNoSeriousA11yViolations(page, 'the discard question');
    await question.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog.getByLabel('Description')).toHaveValue('Half a thought');
    await page.keyboard.press('Escape');
    await question.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  await test.step('archive the top card, undo, archive again and restore it from the archive', async () => {
    await archiveUndoRestore(page, boardPath);
    await expectTitles(column(page, 'To do'), ['Alpha', 'Bravo', 'Charlie']);
  });

  await test.step('delete a card after confirming', async () => {
    await deleteCard(page, boardPath, 'Charlie');
    await expectTitles(column(page, 'To do'), ['Alpha', 'Bravo']);
  });
});

test('registering with a 7-character password shows the server message by the password field', async ({ page }) => {
  const account = newAccount('Sam');
  await page.goto('/register');
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill('seven77');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/Use at least 8 characters/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the register page with a field error');
});
