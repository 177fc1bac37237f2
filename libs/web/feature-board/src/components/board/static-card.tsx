import type { Card } from '@brisk/shared-contracts';
import { memo } from 'react';
import { CardSummary } from './card-summary.tsx';
import styles from './card-item.module.css';

export interface CardItemProps {
  card: Card;
  onOpen: (cardId: string) => void;
}

/** A card that opens on click and cannot be dragged: what a viewer gets. */
export const StaticCard = memo(function StaticCard({ card, onOpen }: CardItemProps) {
  return (
    <button type="button" className={styles.card} onClick={() => onOpen(card.id)}>
      <CardSummary card={card} />
    </button>
  );
});
