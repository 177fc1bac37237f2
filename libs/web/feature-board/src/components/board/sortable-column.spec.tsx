import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeLargeBoard } from '../../test-support/board-fixture.ts';
import { renderBoardRoute } from '../../test-support/render-board-route.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The scrolling element of a column: the list's parent. */
const scrollerOf = (column: HTMLElement) => within(column).getByRole('list').parentElement!;

describe('a virtualized column', () => {
  it('when a column holds 1,000 cards, then only those near its viewport are in the DOM, each saying its place', async () => {
    renderBoardRoute(makeLargeBoard(3, 1000));

    const column = await screen.findByRole('region', { name: 'Column 1' });

    const items = within(column).getAllByRole('listitem');
    // The test DOM gives a 600 px viewport and 60 px cards: about 9 on screen plus a few either side.
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(20);
    expect(items[0]).toHaveTextContent(/^Card 1-1\b/);
    expect(items[0]).toHaveAttribute('aria-setsize', '1000');
    // The list is as tall as all its cards (measured or estimated), so the scrollbar covers the whole column.
    expect(parseFloat(within(column).getByRole('list').style.height)).toBeGreaterThan(1000 * 60);
  });

  it('when the column is scrolled far down, then the cards there render and the first ones leave the DOM', async () => {
    renderBoardRoute(makeLargeBoard(3, 1000));
    const column = await screen.findByRole('region', { name: 'Column 1' });
    const scroller = scrollerOf(column);

    scroller.scrollTop = parseFloat(within(column).getByRole('list').style.height) / 2;
    fireEvent.scroll(scroller);

    await waitFor(() => expect(within(column).queryByRole('button', { name: /^Card 1-1\b/ })).not.toBeInTheDocument());
    const first = within(column).getAllByRole('listitem')[0]!;
    const place = Number(first.getAttribute('aria-posinset'));
    expect(place).toBeGreaterThan(400);
    expect(place).toBeLessThan(600);
    expect(first).toHaveTextContent(new RegExp(`^Card 1-${place}\\b`));
  });

  it('when a board has more columns than fit, then the columns beyond the viewport are not rendered', async () => {
    renderBoardRoute(makeLargeBoard(20, 2));

    await screen.findByRole('region', { name: 'Column 1' });

    // A 1,200 px board shows about 4 columns of 280 px, plus two on either side.
    expect(screen.getAllByRole('region').length).toBeLessThan(10);
    expect(screen.queryByRole('region', { name: 'Column 20' })).not.toBeInTheDocument();
  });
});
