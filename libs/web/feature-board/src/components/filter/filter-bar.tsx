import type { Member } from '@brisk/shared-contracts';
import { Button, SelectField, TextField } from '@brisk/web-ui';
import { isFilterActive, type CardFilter, type DueFilter } from '../../filter/card-filter.ts';
import { formatCount } from '../../model/format-count.ts';
import styles from './filter-bar.module.css';

const dueOptions = [
  { value: '', label: 'Any due date' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'week', label: 'Due this week' },
  { value: 'none', label: 'No due date' },
];

export interface FilterBarProps {
  filter: CardFilter;
  onChange: (filter: CardFilter) => void;
  /** Every label the board knows, for the label choice. */
  labels: readonly string[];
  members: readonly Member[];
  shown: number;
  total: number;
}

/** Narrows the board to matching cards as the user types; the count is announced politely to screen readers. */
export function FilterBar({ filter, onChange, labels, members, shown, total }: FilterBarProps) {
  const update = (change: Partial<CardFilter>) => onChange({ ...filter, ...change });
  const active = isFilterActive(filter);
  return (
    <div role="search" className={styles.bar} aria-label="Card filter">
      <TextField
        className={styles.text}
        label="Filter cards"
        type="search"
        value={filter.text}
        placeholder="Words in title, description or labels"
        onChange={(event) => update({ text: event.target.value })}
      />
      <SelectField
        label="Label"
        value={filter.label}
        onChange={(event) => update({ label: event.target.value })}
        options={[{ value: '', label: 'Any label' }, ...labels.map((label) => ({ value: label, label }))]}
      />
      <SelectField
        label="Assignee"
        value={filter.assignee}
        onChange={(event) => update({ assignee: event.target.value })}
        options={[
          { value: '', label: 'Anyone' },
          { value: 'none', label: 'Unassigned' },
          ...members.map((member) => ({ value: member.userId, label: member.name })),
        ]}
      />
      <SelectField
        label="Due"
        value={filter.due}
        onChange={(event) => update({ due: event.target.value as DueFilter | '' })}
        options={dueOptions}
      />
      <p className={styles.count} aria-live="polite">
        {active ? `Showing ${formatCount(shown)} of ${formatCount(total)} cards` : `${formatCount(total)} cards`}
      </p>
      {active && (
        <Button size="small" variant="ghost" onClick={() => onChange({ text: '', label: '', assignee: '', due: '' })}>
          Clear filter
        </Button>
      )}
    </div>
  );
}
