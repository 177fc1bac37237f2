import type { Role } from '@brisk/shared-contracts';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBoard } from '../test-support/board-fixture.ts';
import { renderBoardRoute } from '../test-support/render-board-route.tsx';

function renderBoardAs(role: Role) {
  renderBoardRoute(makeBoard(role));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('BoardPage', () => {
  it('when a viewer opens the board, then it is read only: a badge, no add forms, no draggable cards', async () => {
    renderBoardAs('viewer');

    const todo = await screen.findByRole('region', { name: 'To do' });
    expect(screen.getByText('Read only')).toBeVisible();
    expect(screen.queryByLabelText('Card title')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Column name')).not.toBeInTheDocument();
    const card = within(todo).getByRole('button', { name: /^Write the brief/ });
    expect(card).not.toHaveAttribute('aria-roledescription');
  });

  it('when a member opens the board, then every column can take new cards and cards can be dragged', async () => {
    renderBoardAs('member');

    const todo = await screen.findByRole('region', { name: 'To do' });
    expect(screen.queryByText('Read only')).not.toBeInTheDocument();
    expect(within(todo).getByLabelText('Card title')).toBeInTheDocument();
    expect(within(todo).getByRole('button', { name: 'Add card' })).toBeInTheDocument();
    expect(screen.getByLabelText('Column name')).toBeInTheDocument();
    const card = within(todo).getByRole('button', { name: /^Write the brief/ });
    expect(card).toHaveAttribute('aria-roledescription', 'sortable');
  });
});
