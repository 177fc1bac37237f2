import type { BoardDetail } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { renderStaticList } from './render-static-list.ts';

function card(title: string, labels: string[], dueDate: string | null) {
  return { title, labels, dueDate } as BoardDetail['columns'][number]['cards'][number];
}

const detail = {
  board: { name: 'Perf board 1' },
  columns: [
    { name: 'Backlog', cards: [card('Fix login page 0', ['bug', 'urgent'], '2026-03-31'), card('Add <b> & co 5', [], null)] },
    { name: 'To do', cards: [card('Test cache form 1', ['chore'], null)] },
  ],
} as BoardDetail;

describe('renderStaticList', () => {
  it('when rendered, then every card is a list item of its named column with title, labels and due text', () => {
    const html = renderStaticList(detail, new Date('2026-06-01T12:00:00Z'));

    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).toContain('<section aria-label="Backlog"><h2>Backlog</h2><ul><li><span>Fix login page 0</span> ');
    expect(html).toContain('<span>bug</span> <span>urgent</span> <span>Due <time datetime="2026-03-31">Mar 31</time></span>');
    expect(html).toContain('<section aria-label="To do">');
  });

  it('when a title holds markup, then it is shown as text', () => {
    expect(renderStaticList(detail)).toContain('<span>Add &#60;b&#62; &#38; co 5</span>');
  });

  it('when the due date is in another year, then the year is shown, as on the board', () => {
    expect(renderStaticList(detail, new Date('2025-06-01T12:00:00Z'))).toContain('>Mar 31, 2026</time>');
  });

  it('when rendered, then nothing on the page runs or can be operated', () => {
    const html = renderStaticList(detail);

    expect(html).not.toMatch(/<script|<button|<a |onclick|tabindex/i);
  });
});
