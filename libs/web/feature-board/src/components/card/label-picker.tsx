import type { BoardLabel } from '@brisk/shared-contracts';
import { TextField } from '@brisk/web-ui';
import type { CardDraft } from '../../model/card-draft.ts';
import styles from './label-picker.module.css';

export interface LabelPickerProps {
  boardLabels: readonly BoardLabel[];
  picked: readonly string[];
  other: string;
  onChange: (patch: Pick<Partial<CardDraft>, 'pickedLabels' | 'otherLabels'>) => void;
  disabled: boolean;
  error: string | undefined;
}

const hint = 'Comma separated, e.g. bug, ui';

/** The board's labels as toggles in their colours, and free text for any other label. */
export function LabelPicker({ boardLabels, picked, other, onChange, disabled, error }: LabelPickerProps) {
  const otherField = (label: string) => (
    <TextField
      label={label}
      hint={hint}
      value={other}
      onChange={(event) => onChange({ otherLabels: event.target.value })}
      disabled={disabled}
      error={error}
    />
  );
  if (boardLabels.length === 0) return otherField('Labels');

  // Picked labels stay in the set's order, whatever order they were clicked in.
  const toggle = (name: string) =>
    onChange({
      pickedLabels: boardLabels
        .filter((label) => (label.name === name) !== picked.includes(label.name))
        .map((label) => label.name),
    });
  return (
    <fieldset className={styles.picker}>
      <legend className={styles.legend}>Labels</legend>
      <div className={styles.toggles}>
        {boardLabels.map((label) => (
          <button
            key={label.name}
            type="button"
            className={styles.toggle}
            data-label-color={label.color}
            aria-pressed={picked.includes(label.name)}
            disabled={disabled}
            onClick={() => toggle(label.name)}
          >
            {label.name}
          </button>
        ))}
      </div>
      {otherField('Other labels')}
    </fieldset>
  );
}
