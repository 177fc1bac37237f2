import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBoard } from '../../test-support/board-fixture.ts';
import { conflictWith, renderCardDialog, savedAs } from '../../test-support/render-card-dialog.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const detail = makeBoard('member');
const card = detail.columns[0]!.cards[0]!;
const titlesIn = (column: HTMLElement) => within(column).getAllByRole('listitem').map((item) => item.textContent);

describe('archiving from the card dialog', () => {
  it('when a card is archived, then the dialog closes, the card leaves, and Undo brings it back to its place', async () => {
    const archived = { ...card, archived: true, version: 2 };
    const { dialog, sent } = await renderCardDialog(detail, card, savedAs(archived), savedAs({ ...card, version: 3 }));
    const todo = screen.getByRole('region', { name: 'To do' });
    const before = titlesIn(todo);
    const user = userEvent.setup();

    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));

    const message = await screen.findByText('Card archived');
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(titlesIn(todo)).not.toContain(before[0]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Card restored')).toBeInTheDocument();
    await waitFor(() => expect(titlesIn(todo)).toEqual(before));
    expect(sent('PATCH')).toEqual([
      { archived: true, version: 1 },
      { archived: false, version: 2 },
    ]);
  });

  it('when the same card is archived again after an Undo, then a new toast offers Undo again', async () => {
    const answers = [
      savedAs({ ...card, archived: true, version: 2 }),
      savedAs({ ...card, version: 3 }),
      savedAs({ ...card, archived: true, version: 4 }),
    ];
    const { dialog } = await renderCardDialog(detail, card, ...answers);
    const user = userEvent.setup();
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('Card restored');

    await user.click(await screen.findByRole('button', { name: new RegExp(`^${card.title}`) }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Archive' }));

    expect(await screen.findByText('Card archived')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
  });

  it('when Undo meets a newer version of the archived card, then it says so and the next Undo restores that version', async () => {
    const archived = { ...card, archived: true, version: 2 };
    const changed = { ...archived, title: 'Renamed meanwhile', version: 3 };
    const { dialog, sent } = await renderCardDialog(
      detail,
      card,
      savedAs(archived),
      conflictWith(changed),
      savedAs({ ...changed, archived: false, version: 4 }),
    );
    const user = userEvent.setup();
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/^Someone else changed this card/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Card restored')).toBeInTheDocument();
    expect(sent('PATCH').slice(1)).toEqual([
      { archived: false, version: 2 },
      { archived: false, version: 3 },
    ]);
  });
});
