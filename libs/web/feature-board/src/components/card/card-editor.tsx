import type { Card, UpdateCardBody } from '@brisk/shared-contracts';
import { Alert } from '@brisk/web-ui';
import { useSaveCard } from '../../api/use-save-card.ts';
import { describeCardWriteError } from '../../model/describe-write-error.ts';
import { CardForm } from './card-form.tsx';

export interface CardEditorProps {
  card: Card;
  boardId: string;
  readOnly: boolean;
  onDone: () => void;
}

export function CardEditor({ card, boardId, readOnly, onDone }: CardEditorProps) {
  const save = useSaveCard(boardId, card.id);
  const send = (body: UpdateCardBody) => save.mutate(body, { onSuccess: onDone });

  return (
    <>
      {save.error && <Alert>{describeCardWriteError(save.error, 'save')}</Alert>}
      {/* A new version (after a conflict refetch) starts the form over from the current card. */}
      <CardForm
        key={card.version}
        card={card}
        readOnly={readOnly}
        busy={save.isPending}
        fieldErrorSource={save.error}
        onSave={(changes) => send({ ...changes, version: card.version })}
        onArchive={() => send({ archived: true, version: card.version })}
      />
    </>
  );
}
