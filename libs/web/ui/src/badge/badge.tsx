import type { ReactNode } from 'react';
import { joinClassNames } from '../class-names.ts';
import styles from './badge.module.css';

export interface BadgeProps {
  tone?: 'neutral' | 'accent' | 'warning' | 'danger';
  children: ReactNode;
  className?: string;
}

export function Badge({ tone = 'neutral', children, className }: BadgeProps) {
  return <span className={joinClassNames(styles.badge, styles[tone], className)}>{children}</span>;
}
