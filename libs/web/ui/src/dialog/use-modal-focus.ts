import { useEffect, useState, type RefObject } from 'react';
import { listFocusable } from './focusable.ts';

/**
 * Moves focus into the panel, hides everything else from assistive technology and pointer/keyboard (inert), and on
 * close hands focus back to whatever had it before, e.g. the card that opened the dialog.
 */
export function useModalFocus(panelRef: RefObject<HTMLElement | null>): void {
  // Read during the first render, before autoFocus inside the panel moves focus.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    if (!panel.contains(document.activeElement)) (listFocusable(panel)[0] ?? panel).focus();

    const layer = panel.parentElement;
    const madeInert = [...document.body.children].filter(
      (element): element is HTMLElement => element instanceof HTMLElement && element !== layer && !element.inert,
    );
    for (const element of madeInert) element.inert = true;

    return () => {
      for (const element of madeInert) element.inert = false;
      if (opener?.isConnected) opener.focus();
    };
  }, [panelRef, opener]);
}
