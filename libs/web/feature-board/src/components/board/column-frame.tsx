import type { Column } from '@brisk/shared-contracts';
import type { ReactNode } from 'react';
import { WipIndicator } from './wip-indicator.tsx';
import styles from './column.module.css';

export interface ColumnFrameProps {
  column: Column;
  cardCount: number;
  /** How many cards the filter shows, when a filter is on. */
  shownCount?: number | undefined;
  children: ReactNode;
  footer?: ReactNode;
}

/** A column as a named region: E2E tests and screen readers find it by its name. */
export function ColumnFrame({ column, cardCount, shownCount, children, footer }: ColumnFrameProps) {
  return (
    <section className={styles.column} aria-label={column.name}>
      <header className={styles.header}>
        <h2 className={styles.name}>{column.name}</h2>
        <WipIndicator count={cardCount} limit={column.wipLimit} />
      </header>
      {shownCount !== undefined && <p className={styles.shown}>{shownCount} shown</p>}
      {children}
      {footer}
    </section>
  );
}
