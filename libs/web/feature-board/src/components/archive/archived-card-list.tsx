import type { Board, Card, ColumnWithCards } from '@brisk/shared-contracts';
import { Alert, Panel } from '@brisk/web-ui';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useSaveCard } from '../../api/use-save-card.ts';
import { describeCardWriteError } from '../../model/describe-write-error.ts';
import { DeleteCardDialog } from '../card/delete-card-dialog.tsx';
import { ArchivedCardRow } from './archived-card-row.tsx';
import rows from '../rows/rows.module.css';
import styles from './archive.module.css';

export interface ArchivedCardListProps {
  board: Board;
  columns: readonly ColumnWithCards[];
  cards: readonly Card[];
  /** Below the list: what loads more. */
  children?: ReactNode;
}

/** The archive's cards, each with Restore and Delete for members; a viewer sees the list alone. */
export function ArchivedCardList({ board, columns, cards, children }: ArchivedCardListProps) {
  const restore = useSaveCard(board.id);
  const [deleting, setDeleting] = useState<Card | null>(null);
  const [done, setDone] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const columnNames = useMemo(() => new Map(columns.map((column) => [column.id, column.name])), [columns]);
  const labelColors = useMemo(
    () => new Map(board.labels.map((label) => [label.name.toLowerCase(), label.color])),
    [board.labels],
  );
  const canEdit = board.role !== 'viewer';

  // The row goes with its card: focus stays in the list rather than falling to the page.
  function finished(message: string) {
    setDone(message);
    listRef.current?.focus();
  }

  function restoreCard(card: Card) {
    setDone('');
    restore.mutate(
      { cardId: card.id, body: { archived: false, version: card.version } },
      { onSuccess: () => finished(`${card.title} is back in ${columnNames.get(card.columnId) ?? 'its column'}.`) },
    );
  }

  return (
    <Panel>
      <p role="status" className={styles.note}>
        {done}
      </p>
      {restore.error && <Alert>{describeCardWriteError(restore.error, 'restore')}</Alert>}
      {cards.length === 0 ? (
        <p className={styles.empty}>No archived cards.</p>
      ) : (
        <ul ref={listRef} tabIndex={-1} className={rows.list} aria-label="Archived cards">
          {cards.map((card) => (
            <ArchivedCardRow
              key={card.id}
              card={card}
              columnName={columnNames.get(card.columnId)}
              labelColors={labelColors}
              actions={
                canEdit
                  ? { busy: restore.isPending, onRestore: () => restoreCard(card), onDelete: () => setDeleting(card) }
                  : undefined
              }
            />
          ))}
        </ul>
      )}
      {children}
      {deleting && (
        <DeleteCardDialog
          card={deleting}
          onCancel={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            finished(`${deleting.title} is deleted.`);
          }}
        />
      )}
    </Panel>
  );
}
