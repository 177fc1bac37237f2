import type { Column } from '@brisk/shared-contracts';
import { ConfirmDialog } from '@brisk/web-ui';
import { useDeleteColumn } from '../../api/use-delete-column.ts';
import { columnNotEmptyMessage, describeColumnNotEmpty } from '../../model/column-not-empty-message.ts';
import { describeColumnError } from '../../model/describe-column-error.ts';

export interface DeleteColumnDialogProps {
  column: Column;
  cardCount: number;
  onClose: () => void;
}

/**
 * Deleting a column never takes cards with it: one that holds cards is explained rather than offered; archived cards,
 * which the board does not show, make the server refuse, and that answer is explained the same way.
 */
export function DeleteColumnDialog({ column, cardCount, onClose }: DeleteColumnDialogProps) {
  const remove = useDeleteColumn(column.boardId);
  const holdsCards = cardCount > 0;
  const error = holdsCards
    ? columnNotEmptyMessage({ cards: cardCount, archivedCards: 0 })
    : remove.error && (describeColumnNotEmpty(remove.error) ?? describeColumnError(remove.error, 'delete'));
  return (
    <ConfirmDialog
      title={`Delete column ${column.name}?`}
      confirmLabel="Delete column"
      busy={remove.isPending}
      error={error ?? undefined}
      onConfirm={holdsCards ? undefined : () => remove.mutate(column.id, { onSuccess: onClose })}
      onCancel={onClose}
    >
      {!holdsCards && <p>{column.name} is empty. Deleting it cannot be undone.</p>}
    </ConfirmDialog>
  );
}
