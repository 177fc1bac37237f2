import { useId, useRef, type ReactNode, type ToggleEvent } from 'react';
import { joinClassNames } from '../class-names.ts';
import { IconButton } from '../icon-button/icon-button.tsx';
import styles from './action-menu.module.css';

export interface ActionMenuProps {
  /** The trigger's accessible name, e.g. "Actions for column To do". */
  label: string;
  children: ReactNode;
  className?: string;
  /** Called as the menu opens: a chance to start loading what its actions will need. */
  onOpen?: () => void;
}

/**
 * A button that opens a short list of actions in a popover (the browser's own: it sits above everything, closes on
 * Escape or a click outside, and returns focus to the button). Placed under the button's end edge when it opens.
 */
export function ActionMenu({ label, children, className, onOpen }: ActionMenuProps) {
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);

  function placeUnderTrigger(event: ToggleEvent<HTMLDivElement>) {
    if (event.newState !== 'open' || !trigger.current) return;
    onOpen?.();
    const popover = event.currentTarget;
    const anchor = trigger.current.getBoundingClientRect();
    popover.style.top = `${anchor.bottom + 4}px`;
    popover.style.left = `${Math.max(8, anchor.right - popover.offsetWidth)}px`;
    popover.querySelector<HTMLElement>('button')?.focus();
  }

  return (
    <>
      <IconButton ref={trigger} popoverTarget={id} label={label} className={className}>
        ⋯
      </IconButton>
      <div id={id} popover="auto" role="group" aria-label={label} className={styles.menu} onToggle={placeUnderTrigger}>
        {children}
      </div>
    </>
  );
}

export interface ActionMenuItemProps {
  onSelect: () => void;
  tone?: 'danger';
  disabled?: boolean;
  children: ReactNode;
}

/** One action: closes the menu, then runs. */
export function ActionMenuItem({ onSelect, tone, disabled, children }: ActionMenuItemProps) {
  return (
    <button
      type="button"
      disabled={disabled}
      className={joinClassNames(styles.item, tone === 'danger' && styles.danger)}
      onClick={(event) => {
        event.currentTarget.closest<HTMLElement>('[popover]')?.hidePopover();
        onSelect();
      }}
    >
      {children}
    </button>
  );
}
