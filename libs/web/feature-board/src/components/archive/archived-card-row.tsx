import type { Card, LabelColor } from '@brisk/shared-contracts';
import { Button } from '@brisk/web-ui';
import { LabelChip } from '../labels/label-chip.tsx';
import rows from '../rows/rows.module.css';
import styles from './archive.module.css';

export interface ArchivedCardRowProps {
  card: Card;
  columnName: string | undefined;
  labelColors: ReadonlyMap<string, LabelColor>;
  /** Leave out for a viewer, who only looks. */
  actions?: { busy: boolean; onRestore: () => void; onDelete: () => void } | undefined;
}

export function ArchivedCardRow({ card, columnName, labelColors, actions }: ArchivedCardRowProps) {
  return (
    <li className={rows.row}>
      <div className={styles.what}>
        <span className={styles.title}>{card.title}</span>
        {columnName && <span className={styles.column}>from {columnName}</span>}
        {card.labels.length > 0 && (
          <span className={styles.labels}>
            {card.labels.map((label) => (
              <LabelChip key={label} name={label} color={labelColors.get(label.toLowerCase())} />
            ))}
          </span>
        )}
      </div>
      {actions && (
        <div className={styles.actions}>
          <Button size="small" disabled={actions.busy} onClick={actions.onRestore} aria-label={`Restore ${card.title}`}>
            Restore
          </Button>
          <Button
            size="small"
            variant="danger"
            disabled={actions.busy}
            onClick={actions.onDelete}
            aria-label={`Delete ${card.title}`}
          >
            Delete
          </Button>
        </div>
      )}
    </li>
  );
}
