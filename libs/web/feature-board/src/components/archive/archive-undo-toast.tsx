import type { Card } from '@brisk/shared-contracts';
import { Toast } from '@brisk/web-ui';
import { useSaveCard } from '../../api/use-save-card.ts';
import { describeCardWriteError } from '../../model/describe-write-error.ts';

/** Long enough to read the message and reach Undo; the toast also holds while the pointer or focus is on it. */
const undoMs = 8000;
const restoredMs = 3000;

export interface ArchiveUndoToastProps {
  card: Card;
  onClose: () => void;
}

/** "Card archived" with Undo, on the board after the card dialog archived a card; a chunk loaded on first use. */
export function ArchiveUndoToast({ card, onClose }: ArchiveUndoToastProps) {
  const restore = useSaveCard(card.boardId);
  if (restore.isSuccess) {
    return (
      <Toast key="restored" duration={restoredMs} onDismiss={onClose}>
        Card restored
      </Toast>
    );
  }
  const undo = () => restore.mutate({ cardId: card.id, body: { archived: false, version: card.version } });
  return (
    <Toast duration={undoMs} action={{ label: 'Undo', onClick: undo, busy: restore.isPending }} onDismiss={onClose}>
      {restore.error ? describeCardWriteError(restore.error, 'restore') : 'Card archived'}
    </Toast>
  );
}
