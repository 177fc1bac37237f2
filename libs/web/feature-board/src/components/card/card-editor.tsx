import type { BoardLabel, Card, Member } from '@brisk/shared-contracts';
import { conflictCurrentOf, fieldErrorsOf, isApiError } from '@brisk/web-data-access-api';
import { Alert, ConfirmDialog, Dialog } from '@brisk/web-ui';
import { useRef, useState } from 'react';
import { useSaveCard } from '../../api/use-save-card.ts';
import { describeCardWriteError } from '../../model/describe-write-error.ts';
import { CardForm } from './card-form.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { DeleteCardDialog } from './delete-card-dialog.tsx';
import { useCardDraft } from './use-card-draft.ts';

/** The board shows the Undo toast from this chunk: fetched while the archive is on its way. */
const preloadUndoToast = () => void import('../archive/archive-undo-toast.tsx');

export interface CardEditorProps {
  card: Card;
  boardLabels: readonly BoardLabel[];
  members: readonly Member[];
  readOnly: boolean;
  onClose: () => void;
  onArchived: (card: Card) => void;
  onDeleted: () => void;
}

/** The card dialog: edits (conflicts shown field by field), archive, delete, and a question before edits are lost. */
export function CardEditor({ card, boardLabels, members, readOnly, onClose, onArchived, onDeleted }: CardEditorProps) {
  const editing = useCardDraft(card, boardLabels);
  const save = useSaveCard(card.boardId);
  const [asking, setAsking] = useState<'discard' | 'delete' | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  function send(archive: boolean) {
    if (!archive && editing.changed.length === 0) return onClose();
    if (archive) preloadUndoToast();
    save.mutate(
      { cardId: card.id, body: editing.bodyOf(archive) },
      {
        onSuccess: (saved) => (archive ? onArchived(saved) : onClose()),
        onError: (error) => {
          const current = conflictCurrentOf<Card>(error);
          // When their version already says what the user typed, the save has nothing left to do.
          if (current && editing.rebase(current, archive).length === 0 && !archive) onClose();
        },
      },
    );
  }

  function discard() {
    editing.discard();
    save.reset();
    // The button goes with the notice; focus stays in the dialog, on the form now showing the current version.
    titleRef.current?.focus();
  }

  const requestClose = () => (editing.changed.length > 0 ? setAsking('discard') : onClose());
  // Conflicts and field messages are shown where they belong; anything else above the form.
  const generalError =
    save.error && !conflictCurrentOf(save.error) && !isApiError(save.error, 'VALIDATION_FAILED') ? save.error : null;
  return (
    <Dialog title={card.title} onClose={requestClose}>
      {generalError && <Alert>{describeCardWriteError(generalError, 'save')}</Alert>}
      {editing.conflict && (
        <ConflictNotice
          fields={editing.changed}
          mine={editing.values}
          current={editing.base}
          members={members}
          busy={save.isPending}
          onApply={() => send(editing.conflict?.archive ?? false)}
          onDiscard={discard}
        />
      )}
      <CardForm
        draft={editing.draft}
        onChange={editing.change}
        boardLabels={boardLabels}
        members={members}
        readOnly={readOnly}
        archived={editing.base.archived}
        busy={save.isPending}
        fieldErrors={fieldErrorsOf(save.error)}
        titleRef={titleRef}
        onSave={() => send(false)}
        onArchive={() => send(true)}
        onDelete={() => setAsking('delete')}
      />
      {asking === 'discard' && (
        <ConfirmDialog
          title="Discard your changes?"
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          onConfirm={onClose}
          onCancel={() => setAsking(null)}
        >
          <p>What you changed in this card has not been saved.</p>
        </ConfirmDialog>
      )}
      {asking === 'delete' && <DeleteCardDialog card={card} onCancel={() => setAsking(null)} onDeleted={onDeleted} />}
    </Dialog>
  );
}
