import type { ColumnWithCards } from '@brisk/shared-contracts';
import { ColumnFrame } from './column-frame.tsx';
import { StaticCard } from './static-card.tsx';
import styles from './column.module.css';

export interface StaticColumnProps {
  column: ColumnWithCards;
  onOpenCard: (cardId: string) => void;
}

export function StaticColumn({ column, onOpenCard }: StaticColumnProps) {
  return (
    <ColumnFrame column={column} cardCount={column.cards.length}>
      <ul className={styles.cards}>
        {column.cards.map((card) => (
          <StaticCard key={card.id} card={card} onOpen={onOpenCard} />
        ))}
      </ul>
    </ColumnFrame>
  );
}
