import type { BoardDetail } from '@brisk/shared-contracts';
import type { CardLayout } from '../../dnd/card-layout.ts';

/** What an editable and a read-only board both draw from. */
export interface BoardViewProps {
  detail: BoardDetail;
  /** The card ids each column shows: all of them, or those the filter lets through. */
  visibleLayout: CardLayout;
  filtered: boolean;
  onOpenCard: (cardId: string) => void;
}
