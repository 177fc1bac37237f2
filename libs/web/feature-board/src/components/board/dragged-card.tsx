import type { Card } from '@brisk/shared-contracts';
import { joinClassNames } from '@brisk/web-ui';
import { CardSummary } from './card-summary.tsx';
import styles from './card-item.module.css';

/** The copy that follows the pointer, drawn above every column so no scroll container clips it. */
export function DraggedCard({ card }: { card: Card }) {
  return (
    <div className={joinClassNames(styles.card, styles.overlay)}>
      <CardSummary card={card} />
    </div>
  );
}
