import { limits, type BoardLabel, type Member } from '@brisk/shared-contracts';
import { Button, SelectField, TextAreaField, TextField } from '@brisk/web-ui';
import type { FormEvent, Ref } from 'react';
import type { CardDraft } from '../../model/card-draft.ts';
import { LabelPicker } from './label-picker.tsx';
import styles from './card-form.module.css';

export interface CardFormProps {
  draft: CardDraft;
  onChange: (patch: Partial<CardDraft>) => void;
  boardLabels: readonly BoardLabel[];
  members: readonly Member[];
  readOnly: boolean;
  archived: boolean;
  busy: boolean;
  /** The server's messages by field (`labels.2` for the third label). */
  fieldErrors: Readonly<Record<string, string>>;
  titleRef?: Ref<HTMLInputElement>;
  onSave: () => void;
  onArchive: () => void;
  onDelete: () => void;
}

function assigneeOptions(members: readonly Member[], assigneeId: string) {
  const options = [{ value: '', label: 'Unassigned' }, ...members.map((m) => ({ value: m.userId, label: m.name }))];
  // Removing a member leaves their cards assigned to them; the select still has to show that.
  const gone = assigneeId !== '' && !members.some((member) => member.userId === assigneeId);
  return gone ? [...options, { value: assigneeId, label: 'Someone no longer on this board' }] : options;
}

export function CardForm(props: CardFormProps) {
  const { draft, onChange, boardLabels, members, readOnly, archived, busy, fieldErrors } = props;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onSave();
  }

  const labelsError =
    fieldErrors['labels'] ?? Object.entries(fieldErrors).find(([field]) => field.startsWith('labels.'))?.[1];
  return (
    <form className={styles.form} onSubmit={handleSubmit} noValidate>
      {readOnly && <p className={styles.note}>You can view this card but not change it.</p>}
      {archived && <p className={styles.note}>This card is archived: restore it from the board&apos;s archive.</p>}
      <TextField
        ref={props.titleRef}
        label="Title"
        value={draft.title}
        onChange={(event) => onChange({ title: event.target.value })}
        maxLength={limits.cardTitleMax}
        disabled={readOnly}
        error={fieldErrors['title']}
      />
      <TextAreaField
        label="Description"
        value={draft.description}
        onChange={(event) => onChange({ description: event.target.value })}
        maxLength={limits.cardDescriptionMax}
        rows={5}
        disabled={readOnly}
        error={fieldErrors['description']}
      />
      <LabelPicker
        boardLabels={boardLabels}
        picked={draft.pickedLabels}
        other={draft.otherLabels}
        onChange={onChange}
        disabled={readOnly}
        error={labelsError}
      />
      <SelectField
        label="Assignee"
        value={draft.assigneeId}
        onChange={(event) => onChange({ assigneeId: event.target.value })}
        options={assigneeOptions(members, draft.assigneeId)}
        disabled={readOnly}
        error={fieldErrors['assigneeId']}
      />
      <TextField
        label="Due date"
        type="date"
        value={draft.dueDate}
        onChange={(event) => onChange({ dueDate: event.target.value })}
        disabled={readOnly}
        error={fieldErrors['dueDate']}
      />
      {!readOnly && (
        <div className={styles.actions}>
          <div className={styles.group}>
            <Button variant="danger" onClick={props.onDelete} disabled={busy}>
              Delete
            </Button>
            {!archived && (
              <Button onClick={props.onArchive} disabled={busy}>
                Archive
              </Button>
            )}
          </div>
          <Button type="submit" variant="primary" busy={busy}>
            Save
          </Button>
        </div>
      )}
    </form>
  );
}
