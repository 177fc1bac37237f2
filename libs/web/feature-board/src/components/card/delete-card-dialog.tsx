import type { Card } from '@brisk/shared-contracts';
import { ConfirmDialog } from '@brisk/web-ui';
import { useDeleteCard } from '../../api/use-delete-card.ts';
import { describeCardWriteError } from '../../model/describe-write-error.ts';

export interface DeleteCardDialogProps {
  card: Card;
  onCancel: () => void;
  onDeleted: () => void;
}

export function DeleteCardDialog({ card, onCancel, onDeleted }: DeleteCardDialogProps) {
  const remove = useDeleteCard(card.boardId);
  return (
    <ConfirmDialog
      title={`Delete card ${card.title}?`}
      confirmLabel="Delete card"
      busy={remove.isPending}
      error={remove.error ? describeCardWriteError(remove.error, 'delete') : undefined}
      onConfirm={() => remove.mutate(card.id, { onSuccess: onDeleted })}
      onCancel={onCancel}
    >
      <p>It is deleted for every member and cannot be undone. Archiving keeps it out of the way and can be undone.</p>
    </ConfirmDialog>
  );
}
