import type { BoardDetail, Card, ColumnWithCards, Member, Role } from '@brisk/shared-contracts';
import { positionsBetween } from '@brisk/shared-util-ordering';

export const boardId = '0190a000-0000-7000-8000-000000000001';

export const members: Member[] = [
  { userId: '0190a000-0000-7000-8000-00000000a001', email: 'ada@example.test', name: 'Ada Lovelace', role: 'owner' },
  { userId: '0190a000-0000-7000-8000-00000000a002', email: 'grace@example.test', name: 'Grace Hopper', role: 'member' },
];

function makeCards(columnId: string, titles: string[]): Card[] {
  const positions = positionsBetween(null, null, titles.length);
  return titles.map((title, index) => ({
    id: `0190a000-0000-7000-8000-${columnId.slice(-4)}0000${String(index).padStart(4, '0')}`,
    boardId,
    columnId,
    title,
    description: '',
    labels: index === 0 ? ['bug'] : [],
    assigneeId: null,
    dueDate: null,
    position: positions[index] ?? '',
    archived: false,
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }));
}

function makeColumn(suffix: string, name: string, position: string, titles: string[]): ColumnWithCards {
  const id = `0190a000-0000-7000-8000-00000000${suffix}`;
  return { id, boardId, name, wipLimit: null, position, version: 1, cards: makeCards(id, titles) };
}

export function makeBoard(role: Role): BoardDetail {
  return {
    board: { id: boardId, name: 'Launch plan', role, labels: [], version: 1, createdAt: '2025-01-01T00:00:00.000Z' },
    columns: [
      makeColumn('1001', 'To do', 'a0', ['Write the brief', 'Book the venue']),
      makeColumn('1002', 'Done', 'a1', ['Pick a date']),
    ],
  };
}

/** A board of `columns` x `cardsPerColumn` cards titled "Card <column>-<index>", every third one labelled "ui". */
export function makeLargeBoard(columns: number, cardsPerColumn: number): BoardDetail {
  const names = Array.from({ length: columns }, (_, index) => `Column ${index + 1}`);
  const positions = positionsBetween(null, null, columns);
  return {
    board: { id: boardId, name: 'Big board', role: 'member', labels: [], version: 1, createdAt: '2025-01-01T00:00:00.000Z' },
    columns: names.map((name, column) => {
      const built = makeColumn(
        String(2001 + column),
        name,
        positions[column] ?? '',
        Array.from({ length: cardsPerColumn }, (_, index) => `Card ${column + 1}-${index + 1}`),
      );
      return { ...built, cards: built.cards.map((card, index) => ({ ...card, labels: index % 3 === 0 ? ['ui'] : [] })) };
    }),
  };
}
