import type { Card } from '@brisk/shared-contracts';
import { conflictCurrentOf } from '@brisk/web-data-access-api';
import { Toast } from '@brisk/web-ui';
import { useState } from 'react';
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
  // Someone else may change the archived card before Undo: the next Undo then restores the version they left.
  const [latest, setLatest] = useState(card);
  if (restore.isSuccess || !latest.archived) {
    return (
      <Toast key="restored" duration={restoredMs} onDismiss={onClose}>
        Card restored
      </Toast>
    );
  }
  const undo = () =>
    restore.mutate(
      { cardId: card.id, body: { archived: false, version: latest.version } },
      { onError: (error) => setLatest(conflictCurrentOf<Card>(error) ?? latest) },
    );
  return (
    <Toast duration={undoMs} action={{ label: 'Undo', onClick: undo, busy: restore.isPending }} onDismiss={onClose}>
      {restore.error ? describeCardWriteError(restore.error, 'restore') : 'Card archived'}
    </Toast>
  );
}
