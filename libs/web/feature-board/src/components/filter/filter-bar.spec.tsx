import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardId, makeLargeBoard } from '../../test-support/board-fixture.ts';
import { renderBoardRoute } from '../../test-support/render-board-route.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const titlesIn = (column: HTMLElement) =>
  within(column)
    .getAllByRole('listitem')
    .map((item) => item.textContent?.match(/^Card \S+/)?.[0]);

describe('the filter bar', () => {
  it('when words are typed, then every column shows only matching cards at once, with a count, and the URL keeps it', async () => {
    const { router } = renderBoardRoute(makeLargeBoard(2, 300));
    const column = await screen.findByRole('region', { name: 'Column 2' });

    await userEvent.click(screen.getByLabelText('Filter cards'));
    await userEvent.paste('card 2-12');

    expect(await within(column).findByText('11 shown')).toBeInTheDocument();
    expect(titlesIn(column).slice(0, 3)).toEqual(['Card 2-12', 'Card 2-120', 'Card 2-121']);
    expect(within(screen.getByRole('region', { name: 'Column 1' })).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('Showing 11 of 600 cards')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=card+2-12');
  });

  it('when the URL carries a filter, then the board opens filtered, and Clear filter shows every card again', async () => {
    renderBoardRoute(makeLargeBoard(1, 30), `/b/${boardId}?label=ui`);
    const column = await screen.findByRole('region', { name: 'Column 1' });

    expect(await within(column).findByText('10 shown')).toBeInTheDocument();
    expect(screen.getByLabelText('Label')).toHaveValue('ui');
    expect(titlesIn(column).slice(0, 3)).toEqual(['Card 1-1', 'Card 1-4', 'Card 1-7']);

    await userEvent.click(screen.getByRole('button', { name: 'Clear filter' }));

    expect(await screen.findByText('30 cards')).toBeInTheDocument();
    expect(within(column).queryByText(/shown$/)).not.toBeInTheDocument();
  });
});
