import { limits } from '@brisk/shared-contracts';
import { Button, TextField } from '@brisk/web-ui';
import { useState, type FormEvent } from 'react';
import { useCreateCard } from '../../api/use-create-card.ts';
import styles from './inline-form.module.css';

export interface AddCardFormProps {
  boardId: string;
  columnId: string;
}

export function AddCardForm({ boardId, columnId }: AddCardFormProps) {
  const [title, setTitle] = useState('');
  const [emptyTitle, setEmptyTitle] = useState(false);
  const createCard = useCreateCard(boardId, columnId);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = title.trim();
    setEmptyTitle(trimmed === '');
    if (trimmed === '') return;
    // The field stays focused and empties on success, so cards can be typed in one after another.
    createCard.mutate(trimmed, { onSuccess: () => setTitle('') });
  }

  const error = emptyTitle ? 'Enter a title' : createCard.error?.message;
  return (
    <form className={styles.form} aria-label="Add a card" onSubmit={handleSubmit}>
      <TextField
        label="Card title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        maxLength={limits.cardTitleMax}
        autoComplete="off"
        error={error}
      />
      <Button type="submit" size="small" busy={createCard.isPending}>
        Add card
      </Button>
    </form>
  );
}
