import { labelColors, limits, type LabelColor } from '@brisk/shared-contracts';
import { Button, SelectField, TextField, VisuallyHidden } from '@brisk/web-ui';
import { LabelChip } from './label-chip.tsx';
import styles from './labels.module.css';

export interface LabelDraft {
  /** Keeps React's rows apart while names are edited. */
  key: number;
  name: string;
  color: LabelColor;
}

const colorOptions = labelColors.map((color) => ({ value: color, label: color[0]!.toUpperCase() + color.slice(1) }));

export interface LabelRowProps {
  label: LabelDraft;
  /** From 1, for the fields' names: "Name of label 2". */
  place: number;
  errors: { name?: string | undefined; color?: string | undefined };
  autoFocus: boolean;
  onChange: (label: LabelDraft) => void;
  onRemove: () => void;
}

export function LabelRow({ label, place, errors, autoFocus, onChange, onRemove }: LabelRowProps) {
  const which = <VisuallyHidden> of label {place}</VisuallyHidden>;
  return (
    <li className={styles.row}>
      <TextField
        className={styles.name}
        label={<>Name{which}</>}
        value={label.name}
        maxLength={limits.labelMax}
        autoComplete="off"
        autoFocus={autoFocus}
        error={errors.name}
        onChange={(event) => onChange({ ...label, name: event.target.value })}
      />
      <SelectField
        label={<>Colour{which}</>}
        value={label.color}
        options={colorOptions}
        error={errors.color}
        onChange={(event) => onChange({ ...label, color: event.target.value as LabelColor })}
      />
      <span className={styles.preview} aria-hidden="true">
        <LabelChip name={label.name.trim() || 'Preview'} color={label.color} />
      </span>
      <Button
        className={styles.remove}
        size="small"
        variant="danger"
        aria-label={`Remove label ${place}`}
        onClick={onRemove}
      >
        Remove
      </Button>
    </li>
  );
}
