import type { BoardDetail } from '@brisk/shared-contracts';
import { StaticColumn } from './static-column.tsx';
import styles from './board.module.css';

export interface ReadOnlyBoardProps {
  detail: BoardDetail;
  onOpenCard: (cardId: string) => void;
}

export function ReadOnlyBoard({ detail, onOpenCard }: ReadOnlyBoardProps) {
  return (
    <div className={styles.columns}>
      {detail.columns.map((column) => (
        <StaticColumn key={column.id} column={column} onOpenCard={onOpenCard} />
      ))}
    </div>
  );
}
