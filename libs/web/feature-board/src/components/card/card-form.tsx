import { limits, type Card } from '@brisk/shared-contracts';
import { fieldErrorsOf } from '@brisk/web-data-access-api';
import { Button, TextAreaField, TextField } from '@brisk/web-ui';
import { useState, type FormEvent } from 'react';
import { parseLabels } from '../../model/parse-labels.ts';
import styles from './card-form.module.css';

export interface CardChanges {
  title: string;
  description: string;
  labels: string[];
  dueDate: string | null;
}

export interface CardFormProps {
  card: Card;
  readOnly: boolean;
  busy: boolean;
  /** The last save error, for its per-field messages. */
  fieldErrorSource: unknown;
  onSave: (changes: CardChanges) => void;
  onArchive: () => void;
}

export function CardForm({ card, readOnly, busy, fieldErrorSource, onSave, onArchive }: CardFormProps) {
  const [title, setTitle] = useState(card.title);
  const [description, setDescription] = useState(card.description);
  const [labels, setLabels] = useState(card.labels.join(', '));
  const [dueDate, setDueDate] = useState(card.dueDate ?? '');
  const fieldErrors = fieldErrorsOf(fieldErrorSource);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave({ title: title.trim(), description, labels: parseLabels(labels), dueDate: dueDate || null });
  }

  return (
    <form className={styles.form} onSubmit={handleSubmit} noValidate>
      {readOnly && <p className={styles.note}>You can view this card but not change it.</p>}
      <TextField
        label="Title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        maxLength={limits.cardTitleMax}
        disabled={readOnly}
        error={fieldErrors.title}
      />
      <TextAreaField
        label="Description"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        maxLength={limits.cardDescriptionMax}
        rows={5}
        disabled={readOnly}
        error={fieldErrors.description}
      />
      <TextField
        label="Labels"
        hint="Comma separated, e.g. bug, ui"
        value={labels}
        onChange={(event) => setLabels(event.target.value)}
        disabled={readOnly}
        error={fieldErrors.labels ?? Object.entries(fieldErrors).find(([field]) => field.startsWith('labels.'))?.[1]}
      />
      <TextField
        label="Due date"
        type="date"
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
        disabled={readOnly}
        error={fieldErrors.dueDate}
      />
      {!readOnly && (
        <div className={styles.actions}>
          <Button variant="danger" onClick={onArchive} disabled={busy}>
            Archive
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            Save
          </Button>
        </div>
      )}
    </form>
  );
}
