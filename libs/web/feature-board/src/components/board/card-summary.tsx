import type { Card } from '@brisk/shared-contracts';
import { VisuallyHidden } from '@brisk/web-ui';
import { memo, use } from 'react';
import { formatDueDate, isOverdue } from '../../model/format-due-date.ts';
import { BoardLookupsContext } from './board-lookups.ts';
import styles from './card-summary.module.css';

/**
 * What a card shows on the board. The title comes first, in its text and its accessible name; the avatar beside it is
 * hidden from assistive technology, which reads the assignee's name after the title instead. Memoized: a drag
 * re-renders every sortable card on screen, and their contents stay as they were.
 */
export const CardSummary = memo(function CardSummary({ card }: { card: Card }) {
  const { labelColors, assignees } = use(BoardLookupsContext);
  const assignee = card.assigneeId && assignees.get(card.assigneeId);
  return (
    <>
      <span className={styles.head}>
        <span className={styles.title}>{card.title}</span>{' '}
        {/* Drawn from the assignee id alone, empty until the members arrive, so the card keeps its size. */}
        {card.assigneeId && (
          <span className={styles.avatar} aria-hidden="true">
            {assignee && assignee.initials}
          </span>
        )}
      </span>{' '}
      {assignee && <VisuallyHidden>assigned to {assignee.name} </VisuallyHidden>}
      {card.labels.length > 0 && (
        <span className={styles.labels}>
          {card.labels.map((label) => (
            <span key={label} className={styles.label} data-label-color={labelColors.get(label.toLowerCase())}>
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
