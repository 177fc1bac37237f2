import type { ArchivedCards, Card } from '@brisk/shared-contracts';
import type { InfiniteData } from '@tanstack/react-query';

export type ArchivePages = InfiniteData<ArchivedCards>;

/** The archive without a card that was restored or deleted; the cursors stay valid, they name cards still listed. */
export function removeCardFromArchive(archive: ArchivePages, cardId: string): ArchivePages {
  const pages = archive.pages.map((page) => ({ ...page, cards: page.cards.filter((card) => card.id !== cardId) }));
  return { ...archive, pages };
}

/**
 * The archive as a card's new state leaves it: a restored card leaves, an archived one stays in its place with its new
 * version, or joins at the top when it was just archived (the archive lists the most recently archived first).
 */
export function putCardInArchive(archive: ArchivePages, card: Card): ArchivePages {
  if (!card.archived) return removeCardFromArchive(archive, card.id);
  const listed = archive.pages.some((page) => page.cards.some((c) => c.id === card.id));
  const pages = archive.pages.map((page, index) => {
    if (listed) return { ...page, cards: page.cards.map((c) => (c.id === card.id ? card : c)) };
    return index === 0 ? { ...page, cards: [card, ...page.cards] } : page;
  });
  return { ...archive, pages };
}
