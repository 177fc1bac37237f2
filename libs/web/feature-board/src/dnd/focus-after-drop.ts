import { createContext, useContext, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * The card to focus once it renders after a keyboard drop. A card that changes column mounts anew in the other list,
 * so the button that had focus is gone; without this, focus would fall to the page.
 */
export const FocusAfterDropContext = createContext<RefObject<string | null>>({ current: null });

/** Focuses the returned element when its card is the one a keyboard drop asked for. */
export function useFocusAfterDrop<T extends HTMLElement>(cardId: string): RefObject<T | null> {
  const request = useContext(FocusAfterDropContext);
  const element = useRef<T | null>(null);
  useLayoutEffect(() => {
    if (request.current !== cardId || !element.current) return;
    request.current = null;
    element.current.focus();
  });
  return element;
}
