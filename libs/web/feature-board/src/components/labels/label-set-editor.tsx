import { labelColors, limits, type Board, type BoardLabel } from '@brisk/shared-contracts';
import { conflictCurrentOf, fieldErrorsOf } from '@brisk/web-data-access-api';
import { Alert, Button, joinClassNames, Panel } from '@brisk/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useReplaceBoardLabels } from '../../api/use-replace-board-labels.ts';
import { ConflictPanel } from '../conflict/conflict-panel.tsx';
import { LabelChips } from './label-chips.tsx';
import { LabelRow, type LabelDraft } from './label-row.tsx';
import rowStyles from '../rows/rows.module.css';
import styles from './labels.module.css';

/** Adds, renames, recolours and removes a board's labels, saved as one set over the version it started from. */
export function LabelSetEditor({ board }: { board: Board }) {
  const replace = useReplaceBoardLabels(board.id);
  const nextKey = useRef(0);
  const draftsOf = (labels: readonly BoardLabel[]) => labels.map((label) => ({ ...label, key: nextKey.current++ }));
  const [rows, setRows] = useState<LabelDraft[]>(() => draftsOf(board.labels));
  const [version, setVersion] = useState(board.version);
  const [conflict, setConflict] = useState<Board | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const fieldErrors = fieldErrorsOf(replace.error);

  function save() {
    setSaved(false);
    const labels = rows.map(({ name, color }) => ({ name: name.trim(), color }));
    replace.mutate(
      { labels, version },
      {
        onSuccess: (next) => {
          setRows(draftsOf(next.labels));
          setVersion(next.version);
          setConflict(null);
          setSaved(true);
        },
        onError: (error) => {
          const current = conflictCurrentOf<Board>(error);
          if (!current) return;
          // "Apply my changes again" saves over the set the user has now seen.
          setConflict(current);
          setVersion(current.version);
        },
      },
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save();
  }

  function add() {
    const unused = labelColors.find((color) => !rows.some((row) => row.color === color)) ?? 'gray';
    const key = nextKey.current++;
    setRows([...rows, { key, name: '', color: unused }]);
    setAdded(key);
  }

  function remove(key: number) {
    setRows(rows.filter((row) => row.key !== key));
    // The row's button goes with it; focus waits on Add label rather than falling to the page.
    addButton.current?.focus();
  }

  function discard() {
    if (conflict) setRows(draftsOf(conflict.labels));
    setConflict(null);
    replace.reset();
  }

  const fieldsWrong = Object.keys(fieldErrors).length > 0;
  const generalError = replace.error && !conflict && !fieldsWrong ? replace.error.message : null;
  const full = rows.length >= limits.boardLabelsMax;
  return (
    <Panel>
      <form className={styles.form} aria-label="Label set" onSubmit={handleSubmit} noValidate>
        <p className={styles.note}>
          Cards show these labels in their colours, and the card dialog offers them. Renaming or removing one here
          leaves the cards that carry it as they are.
        </p>
        {conflict && (
          <ConflictPanel
            message="Someone else changed the labels while you were editing. Yours are still in the form."
            busy={replace.isPending}
            onApply={save}
            onDiscard={discard}
          >
            <p>The current set:</p>
            <LabelChips labels={conflict.labels} name="Current labels" />
          </ConflictPanel>
        )}
        {generalError && <Alert>{generalError}</Alert>}
        {fieldErrors['labels'] && <Alert>{fieldErrors['labels']}</Alert>}
        {rows.length === 0 ? (
          <p className={styles.empty}>No labels yet.</p>
        ) : (
          <ul className={joinClassNames(rowStyles.list, styles.rows)} aria-label="Labels">
            {rows.map((row, index) => (
              <LabelRow
                key={row.key}
                label={row}
                place={index + 1}
                errors={{ name: fieldErrors[`labels.${index}.name`], color: fieldErrors[`labels.${index}.color`] }}
                autoFocus={row.key === added}
                onChange={(next) => setRows(rows.map((candidate) => (candidate.key === row.key ? next : candidate)))}
                onRemove={() => remove(row.key)}
              />
            ))}
          </ul>
        )}
        <div className={styles.actions}>
          <Button ref={addButton} disabled={full} onClick={add}>
            {full ? `A board holds ${limits.boardLabelsMax} labels` : 'Add label'}
          </Button>
          <Button type="submit" variant="primary" busy={replace.isPending}>
            Save labels
          </Button>
        </div>
        <p role="status" className={styles.note}>
          {saved && 'Labels saved.'}
        </p>
      </form>
    </Panel>
  );
}
