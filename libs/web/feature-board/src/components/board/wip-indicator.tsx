import { Badge, VisuallyHidden } from '@brisk/web-ui';
import styles from './column.module.css';

export interface WipIndicatorProps {
  count: number;
  limit: number | null;
}

export function WipIndicator({ count, limit }: WipIndicatorProps) {
  if (limit === null) {
    return (
      <span className={styles.count}>
        {count}
        <VisuallyHidden> cards</VisuallyHidden>
      </span>
    );
  }
  const over = count > limit;
  return (
    <span className={styles.wip} data-testid="wip-limit">
      <Badge tone={over ? 'danger' : 'neutral'}>
        {count} / {limit}
        <VisuallyHidden>{over ? ' cards, over the WIP limit' : ' cards, WIP limit'}</VisuallyHidden>
      </Badge>
      {over && <span className={styles.overLimit}>Over WIP limit</span>}
    </span>
  );
}
