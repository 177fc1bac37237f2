import type { Card } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { createCardMatcher, emptyFilter, filterFromSearch, isFilterActive, searchFromFilter } from './card-filter.ts';

// A Wednesday: its week runs from Monday 2026-03-09 to Sunday 2026-03-15.
const today = new Date(2026, 2, 11, 15, 0);

function card(overrides: Partial<Card>): Card {
  return {
    id: 'c1',
    boardId: 'b',
    columnId: 'col',
    title: 'Fix the login form',
    description: 'It rejects valid emails',
    labels: ['bug', 'UI'],
    assigneeId: null,
    dueDate: null,
    position: 'a0',
    archived: false,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const matches = (filter: Partial<typeof emptyFilter>, c: Card) => createCardMatcher({ ...emptyFilter, ...filter }, today)(c);

describe('createCardMatcher', () => {
  it('when the filter is empty, then every card matches', () => {
    expect(matches({}, card({}))).toBe(true);
  });

  it('when text is given, then every word must appear in the title, description or labels, ignoring case', () => {
    expect(matches({ text: 'LOGIN emails' }, card({}))).toBe(true);
    expect(matches({ text: 'login ui' }, card({}))).toBe(true);
    expect(matches({ text: 'login billing' }, card({}))).toBe(false);
  });

  it('when a label is chosen, then only cards carrying it match, ignoring case', () => {
    expect(matches({ label: 'ui' }, card({}))).toBe(true);
    expect(matches({ label: 'docs' }, card({}))).toBe(false);
  });

  it('when an assignee is chosen, then only their cards match; "none" matches the unassigned', () => {
    expect(matches({ assignee: 'u1' }, card({ assigneeId: 'u1' }))).toBe(true);
    expect(matches({ assignee: 'u1' }, card({ assigneeId: 'u2' }))).toBe(false);
    expect(matches({ assignee: 'none' }, card({}))).toBe(true);
    expect(matches({ assignee: 'none' }, card({ assigneeId: 'u1' }))).toBe(false);
  });

  it('when filtering by due date, then overdue is before today, this week is Monday to Sunday, none has no date', () => {
    expect(matches({ due: 'overdue' }, card({ dueDate: '2026-03-10' }))).toBe(true);
    expect(matches({ due: 'overdue' }, card({ dueDate: '2026-03-11' }))).toBe(false);
    expect(matches({ due: 'week' }, card({ dueDate: '2026-03-09' }))).toBe(true);
    expect(matches({ due: 'week' }, card({ dueDate: '2026-03-15' }))).toBe(true);
    expect(matches({ due: 'week' }, card({ dueDate: '2026-03-16' }))).toBe(false);
    expect(matches({ due: 'none' }, card({}))).toBe(true);
    expect(matches({ due: 'none' }, card({ dueDate: '2026-03-10' }))).toBe(false);
  });
});

describe('the filter in the URL', () => {
  it('when a filter goes to the URL and back, then it is the same filter, with empty fields left out', () => {
    const filter = { text: 'login', label: 'bug', assignee: '', due: 'week' as const };

    const search = searchFromFilter(filter);

    expect(search.toString()).toBe('q=login&label=bug&due=week');
    expect(filterFromSearch(search)).toEqual(filter);
    expect(isFilterActive(filter)).toBe(true);
  });

  it('when the URL carries an unknown due value, then it is ignored', () => {
    expect(filterFromSearch(new URLSearchParams('due=tomorrow')).due).toBe('');
    expect(isFilterActive(filterFromSearch(new URLSearchParams('q=%20')))).toBe(false);
  });
});
