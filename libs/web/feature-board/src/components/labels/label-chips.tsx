import type { BoardLabel } from '@brisk/shared-contracts';
import { joinClassNames } from '@brisk/web-ui';
import { LabelChip } from './label-chip.tsx';
import rows from '../rows/rows.module.css';
import styles from './labels.module.css';

/** A label set as it looks on cards. */
export function LabelChips({ labels, name }: { labels: readonly BoardLabel[]; name: string }) {
  if (labels.length === 0) return <p className={styles.empty}>No labels yet.</p>;
  return (
    <ul className={joinClassNames(rows.list, styles.chips)} aria-label={name}>
      {labels.map((label) => (
        <li key={label.name}>
          <LabelChip name={label.name} color={label.color} />
        </li>
      ))}
    </ul>
  );
}
