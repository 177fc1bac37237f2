import type { Column } from '@brisk/shared-contracts';
import { joinClassNames } from '@brisk/web-ui';
import type { CSSProperties, ReactNode, Ref } from 'react';
import { WipIndicator } from './wip-indicator.tsx';
import styles from './column.module.css';

export interface ColumnFrameProps {
  column: Column;
  cardCount: number;
  /** How many cards the filter shows, when a filter is on. */
  shownCount?: number | undefined;
  /** The header's contents; by default the name and the WIP indicator. */
  header?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** For a column that is itself dragged: its node, its moving style, and whether it is the one picked up. */
  frameRef?: Ref<HTMLElement>;
  style?: CSSProperties;
  lifted?: boolean;
}

/** A column as a named region: E2E tests and screen readers find it by its name. */
export function ColumnFrame({ column, cardCount, shownCount, header, children, footer, frameRef, style, lifted }: ColumnFrameProps) {
  return (
    <section
      ref={frameRef}
      style={style}
      className={joinClassNames(styles.column, lifted && styles.lifted)}
      aria-label={column.name}
    >
      <header className={styles.header}>
        {header ?? (
          <>
            <h2 className={styles.name}>{column.name}</h2>
            <WipIndicator count={cardCount} limit={column.wipLimit} />
          </>
        )}
      </header>
      {shownCount !== undefined && <p className={styles.shown}>{shownCount} shown</p>}
      {children}
      {footer}
    </section>
  );
}
