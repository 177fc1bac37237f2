import { boardQueryOptions } from '@brisk/web-data-access-api';
import { act, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyOptimisticMove } from '../cache/apply-optimistic-move.ts';
import type * as CardSummaryModule from '../components/board/card-summary.tsx';
import { putCardInBoard } from '../cache/put-card-in-board.ts';
import { boardId, makeLargeBoard } from '../test-support/board-fixture.ts';
import { renderBoardRoute } from '../test-support/render-board-route.tsx';

// Counts every render of a card's content, by title, through the real (memoized) component.
const rendered = vi.hoisted(() => [] as string[]);
vi.mock('../components/board/card-summary.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof CardSummaryModule>();
  const { createElement, memo } = await import('react');
  type Props = ComponentProps<typeof original.CardSummary>;
  return {
    CardSummary: memo(function CountedCardSummary(props: Props) {
      rendered.push(props.card.title);
      return createElement(original.CardSummary, props);
    }),
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const detail = makeLargeBoard(3, 200);
const [first, second] = detail.columns;
const card = first!.cards[1]!;

const titlesOnScreen = () =>
  new Set(screen.getAllByRole('listitem').map((item) => item.textContent?.match(/^Card \S+/)?.[0] ?? ''));

/**
 * Renders the board and returns how to wait for a change to settle, and which cards on screen before the change
 * rendered again (cards that only scroll into the window as others leave are mounted, not re-rendered).
 */
async function renderBoard() {
  const { queryClient } = renderBoardRoute(detail);
  await screen.findByRole('region', { name: 'Column 3' });
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await settle();
  const before = titlesOnScreen();
  rendered.length = 0;
  const renderedAgain = () => rendered.filter((title) => before.has(title));
  return { queryClient, settle, renderedAgain };
}

describe('what a change re-renders', () => {
  beforeEach(() => {
    rendered.length = 0;
  });

  it('when one card is edited, then that card alone renders again', async () => {
    const { queryClient, settle } = await renderBoard();

    act(() => {
      queryClient.setQueryData(boardQueryOptions(boardId).queryKey, (board) =>
        board && putCardInBoard(board, { ...card, title: 'Edited title', version: 2 }),
      );
    });
    await settle();

    expect(rendered).toEqual(['Edited title']);
  });

  it('when one card moves to another column, then that card alone renders, in its new place', async () => {
    const { queryClient, settle, renderedAgain } = await renderBoard();

    act(() => {
      applyOptimisticMove(queryClient, boardId, {
        cardId: card.id,
        toColumnId: second!.id,
        afterCardId: null,
        beforeCardId: second!.cards[0]!.id,
      });
    });
    await settle();

    expect(renderedAgain()).toEqual([card.title]);
    const target = screen.getByRole('region', { name: 'Column 2' });
    expect(within(target).getAllByRole('listitem')[0]).toHaveTextContent(new RegExp(`^${card.title}\\b`));
  });

  it('when one card is archived, then it leaves and no other card renders again', async () => {
    const { queryClient, settle, renderedAgain } = await renderBoard();

    act(() => {
      queryClient.setQueryData(boardQueryOptions(boardId).queryKey, (board) =>
        board && putCardInBoard(board, { ...card, archived: true, version: 2 }),
      );
    });
    await settle();

    expect(renderedAgain()).toEqual([]);
    expect(screen.queryByRole('button', { name: new RegExp(`^${card.title}\\b`) })).not.toBeInTheDocument();
  });
});
