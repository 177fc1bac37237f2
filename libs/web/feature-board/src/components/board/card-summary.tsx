import type { Card } from '@brisk/shared-contracts';
import { memo } from 'react';
import { formatDueDate, isOverdue } from '../../model/format-due-date.ts';
import styles from './card-summary.module.css';

/**
 * What a card shows on the board. The title comes first so the card's accessible name starts with it. Memoized: a drag
 * re-renders every sortable card on screen, and their contents stay as they were.
 */
export const CardSummary = memo(function CardSummary({ card }: { card: Card }) {
  return (
    <>
      <span className={styles.title}>{card.title}</span>{' '}
      {card.labels.length > 0 && (
        <span className={styles.labels}>
          {card.labels.map((label) => (
            <span key={label} className={styles.label}>
              {label}{' '}
            </span>
          ))}
        </span>
      )}
      {card.dueDate && (
        <span className={isOverdue(card.dueDate) ? styles.overdue : styles.due}>
          Due <time dateTime={card.dueDate}>{formatDueDate(card.dueDate)}</time>
        </span>
      )}
    </>
  );
});
