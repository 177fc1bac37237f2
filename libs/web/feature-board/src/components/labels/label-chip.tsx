import type { LabelColor } from '@brisk/shared-contracts';
import styles from './label-chip.module.css';

export function LabelChip({ name, color }: { name: string; color: LabelColor | undefined }) {
  return (
    <span className={styles.chip} data-label-color={color}>
      {name}
    </span>
  );
}
