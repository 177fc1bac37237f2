import type { Card } from '@brisk/shared-contracts';
import { localDay } from '../model/format-due-date.ts';

export const dueFilters = ['overdue', 'week', 'none'] as const;
export type DueFilter = (typeof dueFilters)[number];

/** What the filter bar asks for; empty fields match everything. `assignee` is a user id or `none` (unassigned). */
export interface CardFilter {
  text: string;
  label: string;
  assignee: string;
  due: DueFilter | '';
}

export const emptyFilter: CardFilter = { text: '', label: '', assignee: '', due: '' };

/** The filter lives in the URL (`?q=&label=&assignee=&due=`), so a filtered board can be shared and reloaded. */
export function filterFromSearch(search: URLSearchParams): CardFilter {
  const due = search.get('due') ?? '';
  return {
    text: search.get('q') ?? '',
    label: search.get('label') ?? '',
    assignee: search.get('assignee') ?? '',
    due: (dueFilters as readonly string[]).includes(due) ? (due as DueFilter) : '',
  };
}

export function searchFromFilter(filter: CardFilter): URLSearchParams {
  const entries: [string, string][] = [
    ['q', filter.text],
    ['label', filter.label],
    ['assignee', filter.assignee],
    ['due', filter.due],
  ];
  return new URLSearchParams(entries.filter(([, value]) => value !== ''));
}

export function isFilterActive(filter: CardFilter): boolean {
  return filter.text.trim() !== '' || filter.label !== '' || filter.assignee !== '' || filter.due !== '';
}

/** Monday to Sunday of the week `today` falls in, as YYYY-MM-DD. */
function weekOf(today: Date): { first: string; last: string } {
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return { first: localDay(monday), last: localDay(sunday) };
}

/**
 * A predicate for the filter, prepared once (lower-cased words, this week's bounds) and then run on every card of the
 * board: a text filter on a 5,000-card board is a few milliseconds.
 */
export function createCardMatcher(filter: CardFilter, today = new Date()): (card: Card) => boolean {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const label = filter.label.toLowerCase();
  const todayDay = localDay(today);
  const week = weekOf(today);
  return (card) => {
    if (label && !card.labels.some((candidate) => candidate.toLowerCase() === label)) return false;
    if (filter.assignee === 'none' ? card.assigneeId !== null : filter.assignee && card.assigneeId !== filter.assignee) {
      return false;
    }
    if (filter.due === 'none' && card.dueDate !== null) return false;
    if (filter.due === 'overdue' && (card.dueDate === null || card.dueDate >= todayDay)) return false;
    if (filter.due === 'week' && (card.dueDate === null || card.dueDate < week.first || card.dueDate > week.last)) {
      return false;
    }
    if (words.length === 0) return true;
    const haystack = `${card.title}\n${card.description}\n${card.labels.join(' ')}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
}
