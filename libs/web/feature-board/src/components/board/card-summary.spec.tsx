import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardId, makeBoard, members } from '../../test-support/board-fixture.ts';
import { renderBoardRoute } from '../../test-support/render-board-route.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const [ada] = members;

function renderAssignedCard() {
  const detail = makeBoard('member');
  const todo = detail.columns[0]!;
  todo.cards[0] = { ...todo.cards[0]!, assigneeId: ada!.userId, labels: ['BUG', 'someday'] };
  detail.board.labels = [{ name: 'bug', color: 'red' }];
  renderBoardRoute(detail, `/b/${boardId}`, (method, path) =>
    method === 'GET' && path === `/api/boards/${boardId}/members` ? Response.json({ members }) : undefined,
  );
}

describe('a card on the board', () => {
  it('when it is assigned, then it shows the initials and its name says the title first, then the assignee', async () => {
    renderAssignedCard();

    const card = await screen.findByRole('button', { name: /^Write the brief assigned to Ada Lovelace/ });

    expect(within(card).getByText('AL')).toHaveAttribute('aria-hidden', 'true');
  });

  it('when a label is in the board set, then it wears the set colour whatever its case; another keeps the default', async () => {
    renderAssignedCard();

    const card = await screen.findByRole('button', { name: /^Write the brief/ });

    expect(within(card).getByText('BUG')).toHaveAttribute('data-label-color', 'red');
    expect(within(card).getByText('someday')).not.toHaveAttribute('data-label-color');
  });
});
