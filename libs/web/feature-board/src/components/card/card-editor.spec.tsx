import type { Card } from '@brisk/shared-contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardId, makeBoard, members } from '../../test-support/board-fixture.ts';
import { conflictWith, renderCardDialog, savedAs } from '../../test-support/render-card-dialog.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const detail = makeBoard('member');
const card = detail.columns[0]!.cards[0]!;
const theirs: Card = { ...card, title: 'Brief, revised', description: 'Their notes', version: 2 };

describe('the card dialog when someone else saved first', () => {
  it('when the save meets a newer version, then what the user typed stays beside the current values, field by field', async () => {
    const { dialog } = await renderCardDialog(detail, card, conflictWith(theirs));
    const user = userEvent.setup();

    await user.type(within(dialog).getByLabelText('Description'), 'My notes');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Someone else saved this card');
    const row = within(dialog).getByRole('row', { name: /^Description/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['My notes', 'Their notes']);
    expect(within(dialog).queryByRole('row', { name: /^Title/ })).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText('Description')).toHaveValue('My notes');
    // A field the user left alone takes the current version's value.
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Brief, revised');
  });

  it('when the user applies their changes again, then only those go, with the current version, and the dialog closes', async () => {
    const again = savedAs({ ...theirs, description: 'My notes', version: 3 });
    const { dialog, sent, router } = await renderCardDialog(detail, card, conflictWith(theirs), again);
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText('Description'), 'My notes');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await user.click(await within(dialog).findByRole('button', { name: 'Apply my changes again' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent('PATCH')).toEqual([
      { description: 'My notes', version: 1 },
      { description: 'My notes', version: 2 },
    ]);
    expect(router.state.location.pathname).toBe(`/b/${boardId}`);
  });

  it('when the user discards their changes, then the form shows the current version and closes without asking', async () => {
    const { dialog } = await renderCardDialog(detail, card, conflictWith(theirs));
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText('Description'), 'My notes');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await user.click(await within(dialog).findByRole('button', { name: 'Discard mine' }));

    expect(within(dialog).getByLabelText('Description')).toHaveValue('Their notes');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('the card dialog with unsaved edits', () => {
  it('when Escape is pressed after typing, then it asks first, and Keep editing keeps what was typed', async () => {
    const { dialog } = await renderCardDialog(detail, card);
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText('Title'), ' now');

    await user.keyboard('{Escape}');
    const question = screen.getByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));

    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue(`${card.title} now`);
  });

  it('when the Close button is pressed after typing and the user discards, then the dialog closes unsaved', async () => {
    const { dialog, sent, router } = await renderCardDialog(detail, card);
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText('Description'), 'Draft');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(`/b/${boardId}`);
    expect(sent('PATCH')).toEqual([]);
  });

  it('when nothing was changed, then Escape closes at once', async () => {
    const { router } = await renderCardDialog(detail, card);

    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/b/${boardId}`);
  });
});

describe('deleting from the card dialog', () => {
  it('when Delete is confirmed, then the card is deleted and leaves the board with the dialog', async () => {
    const { dialog, sent } = await renderCardDialog(detail, card);
    const user = userEvent.setup();

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const question = screen.getByRole('dialog', { name: `Delete card ${card.title}?` });
    await user.click(within(question).getByRole('button', { name: 'Delete card' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent('DELETE')).toHaveLength(1);
    const todo = screen.getByRole('region', { name: 'To do' });
    expect(within(todo).queryByRole('button', { name: new RegExp(`^${card.title}`) })).not.toBeInTheDocument();
  });
});

describe('labels in the card dialog', () => {
  it('when set labels are picked and others typed, then the save sends each once, the set spelling first', async () => {
    const labels = [
      { name: 'Bug', color: 'red' as const },
      { name: 'UI', color: 'blue' as const },
    ];
    const labelled = { ...detail, board: { ...detail.board, labels } };
    const { dialog, sent } = await renderCardDialog(labelled, card, savedAs({ ...card, version: 2 }));
    const user = userEvent.setup();

    // The card carries "bug": the set's "Bug" shows picked.
    expect(within(dialog).getByRole('button', { name: 'Bug' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'UI' }));
    await user.type(within(dialog).getByLabelText('Other labels'), 'ui, later,later');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(sent('PATCH')).toEqual([{ labels: ['Bug', 'UI', 'later'], version: 1 }]));
  });
});

describe('the assignee in the card dialog', () => {
  it('when a member is chosen from the board members, then the save sends their id', async () => {
    const { dialog, sent } = await renderCardDialog(detail, card, savedAs({ ...card, version: 2 }));
    const user = userEvent.setup();
    const assignee = within(dialog).getByLabelText('Assignee');

    expect(within(assignee).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Unassigned',
      'Ada Lovelace',
      'Grace Hopper',
    ]);
    await user.selectOptions(assignee, 'Grace Hopper');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(sent('PATCH')).toEqual([{ assigneeId: members[1]!.userId, version: 1 }]));
  });
});
