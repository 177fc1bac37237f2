import type { BoardSummary } from '@brisk/shared-contracts';
import { Badge } from '@brisk/web-ui';
import { Link } from 'react-router';
import { usePrefetchBoard } from '../../api/use-prefetch-board.ts';
import { roleLabels } from '../../model/role-labels.ts';
import styles from './board-list.module.css';

export function BoardList({ boards }: { boards: BoardSummary[] }) {
  const prefetchBoard = usePrefetchBoard();
  if (boards.length === 0) return <p className={styles.empty}>No boards yet. Create your first one above.</p>;
  return (
    <ul className={styles.list} aria-label="Boards">
      {boards.map((board) => (
        <li key={board.id}>
          <Link
            to={`/b/${board.id}`}
            className={styles.tile}
            onPointerEnter={() => prefetchBoard(board.id)}
            onFocus={() => prefetchBoard(board.id)}
          >
            <span className={styles.name}>{board.name}</span>{' '}
            <span className={styles.meta}>
              <Badge tone={board.role === 'owner' ? 'accent' : 'neutral'}>{roleLabels[board.role]}</Badge>{' '}
              <span>{board.cardCount === 1 ? '1 card' : `${board.cardCount} cards`}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
