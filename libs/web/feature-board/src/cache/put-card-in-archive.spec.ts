import type { Card } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { makeBoard } from '../test-support/board-fixture.ts';
import { putCardInArchive, removeCardFromArchive, type ArchivePages } from './put-card-in-archive.ts';

const [a, b, c] = makeBoard('member').columns.flatMap((column) => column.cards).map((card) => ({ ...card, archived: true }));
const archive: ArchivePages = {
  pages: [
    { cards: [a!, b!], nextCursor: 'after-b' },
    { cards: [c!], nextCursor: null },
  ],
  pageParams: [null, 'after-b'],
};
const titles = (pages: ArchivePages) => pages.pages.map((page) => page.cards.map((card) => card.title));

describe('putCardInArchive', () => {
  it('when a card was just archived, then it joins the first page at the top', () => {
    const archived: Card = { ...c!, id: 'new', title: 'Fresh' };

    expect(titles(putCardInArchive(archive, archived))).toEqual([['Fresh', a!.title, b!.title], [c!.title]]);
  });

  it('when a listed card changed and stays archived, then it keeps its place with its new version', () => {
    const next = putCardInArchive(archive, { ...c!, version: 5 });

    expect(next.pages[1]!.cards).toEqual([{ ...c!, version: 5 }]);
    expect(titles(next)).toEqual(titles(archive));
  });

  it('when a card was restored, then it leaves the archive and the cursors stay', () => {
    const next = putCardInArchive(archive, { ...b!, archived: false });

    expect(titles(next)).toEqual([[a!.title], [c!.title]]);
    expect(next.pages[0]!.nextCursor).toBe('after-b');
  });
});

describe('removeCardFromArchive', () => {
  it('when a card was deleted, then no page lists it', () => {
    expect(titles(removeCardFromArchive(archive, c!.id))).toEqual([[a!.title, b!.title], []]);
  });
});
