import type { Board, Role } from '@brisk/shared-contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardId, makeBoard } from '../../test-support/board-fixture.ts';
import { renderBoardRoute } from '../../test-support/render-board-route.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

type Answer = (body: unknown) => Response;

/** The labels page of a board labelled Bug (red) and UI (blue); each PUT gets the next of `answers`. */
async function renderLabels(role: Role, ...answers: Answer[]) {
  const detail = makeBoard(role);
  detail.board.labels = [
    { name: 'Bug', color: 'red' },
    { name: 'UI', color: 'blue' },
  ];
  const sent: unknown[] = [];
  renderBoardRoute(detail, `/b/${boardId}/labels`, (method, path, body) => {
    if (method !== 'PUT' || path !== `/api/boards/${boardId}/labels`) return undefined;
    sent.push(body);
    return answers.shift()?.(body);
  });
  await screen.findByRole('heading', { name: 'Labels' });
  return { board: detail.board, sent };
}

const savedBoard = (board: Board, version: number): Answer => (body) =>
  Response.json({ board: { ...board, labels: (body as Pick<Board, 'labels'>).labels, version } });

describe('the label set editor', () => {
  it('when a member adds, renames, recolours and removes labels, then Save sends the whole set at the version seen', async () => {
    const user = userEvent.setup();
    const detail = makeBoard('member').board;
    const { sent } = await renderLabels('member', savedBoard(detail, 2));

    await user.type(screen.getByLabelText('Name of label 2'), 'X');
    await user.selectOptions(screen.getByLabelText('Colour of label 1'), 'Orange');
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await user.type(screen.getByLabelText('Name of label 3'), ' Later ');
    await user.click(screen.getByRole('button', { name: 'Remove label 1' }));
    await user.click(screen.getByRole('button', { name: 'Save labels' }));

    expect(await screen.findByText('Labels saved.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        labels: [
          { name: 'UIX', color: 'blue' },
          { name: 'Later', color: 'gray' },
        ],
        version: 1,
      },
    ]);
  });

  it('when the save meets a newer version, then the current set shows beside the edits, and applying sends them over it', async () => {
    const user = userEvent.setup();
    const current: Board = { ...makeBoard('member').board, labels: [{ name: 'Urgent', color: 'pink' }], version: 4 };
    const conflict: Answer = () =>
      Response.json({ error: { code: 'VERSION_CONFLICT', message: 'Changed', details: { current } } }, { status: 409 });
    const { sent } = await renderLabels('member', conflict, savedBoard(current, 5));
    await user.clear(screen.getByLabelText('Name of label 1'));
    await user.type(screen.getByLabelText('Name of label 1'), 'Defect');

    await user.click(screen.getByRole('button', { name: 'Save labels' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed the labels');
    expect(within(screen.getByRole('list', { name: 'Current labels' })).getByText('Urgent')).toBeInTheDocument();
    expect(screen.getByLabelText('Name of label 1')).toHaveValue('Defect');
    await user.click(screen.getByRole('button', { name: 'Apply my changes again' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({
      labels: [
        { name: 'Defect', color: 'red' },
        { name: 'UI', color: 'blue' },
      ],
      version: 4,
    });
    expect(await screen.findByText('Labels saved.')).toBeInTheDocument();
  });

  it('when the server refuses a name, then its message shows next to that label', async () => {
    const user = userEvent.setup();
    const refused: Answer = () =>
      Response.json(
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Invalid body',
            details: [{ path: 'body.labels.1.name', message: 'Another label already has this name' }],
          },
        },
        { status: 400 },
      );
    await renderLabels('member', refused);
    await user.clear(screen.getByLabelText('Name of label 2'));
    await user.type(screen.getByLabelText('Name of label 2'), 'bug');

    await user.click(screen.getByRole('button', { name: 'Save labels' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Name of label 2')).toHaveAccessibleDescription('Another label already has this name'),
    );
    expect(screen.getByLabelText('Name of label 1')).not.toHaveAccessibleDescription();
  });

  it('when a viewer opens it, then the set is listed in its colours, with nothing to edit', async () => {
    await renderLabels('viewer');

    const list = screen.getByRole('list', { name: 'Labels' });

    expect(within(list).getByText('Bug')).toHaveAttribute('data-label-color', 'red');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save labels' })).not.toBeInTheDocument();
  });
});
