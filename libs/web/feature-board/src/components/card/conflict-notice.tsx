import type { Member } from '@brisk/shared-contracts';
import type { CardField, CardValues } from '../../model/card-draft.ts';
import { ConflictPanel } from '../conflict/conflict-panel.tsx';
import styles from './conflict-notice.module.css';

const fieldNames: Record<CardField, string> = {
  title: 'Title',
  description: 'Description',
  labels: 'Labels',
  assigneeId: 'Assignee',
  dueDate: 'Due date',
};

function show(field: CardField, values: CardValues, members: readonly Member[]): string {
  if (field === 'labels') return values.labels.join(', ') || 'None';
  if (field === 'assigneeId') {
    if (!values.assigneeId) return 'Unassigned';
    return members.find((member) => member.userId === values.assigneeId)?.name ?? 'Someone no longer on this board';
  }
  return values[field] || (field === 'dueDate' ? 'None' : 'Empty');
}

export interface ConflictNoticeProps {
  /** Where what the user typed differs from the current version. */
  fields: readonly CardField[];
  mine: CardValues;
  current: CardValues;
  members: readonly Member[];
  busy: boolean;
  onApply: () => void;
  onDiscard: () => void;
}

/** Someone else saved first: what the user typed beside the current version, field by field, and what to do. */
export function ConflictNotice({ fields, mine, current, members, busy, onApply, onDiscard }: ConflictNoticeProps) {
  return (
    <ConflictPanel
      className={styles.notice}
      message="Someone else saved this card while you were editing. What you typed is still in the form."
      busy={busy}
      onApply={onApply}
      onDiscard={onDiscard}
    >
      {fields.length > 0 && (
        <table className={styles.table}>
          <caption className={styles.caption}>Where it differs from the current version</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours</th>
              <th scope="col">Current version</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{fieldNames[field]}</th>
                <td>
                  <span className={styles.value}>{show(field, mine, members)}</span>
                </td>
                <td>
                  <span className={styles.value}>{show(field, current, members)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ConflictPanel>
  );
}
