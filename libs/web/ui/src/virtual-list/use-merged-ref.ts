import { useCallback, type RefObject, type Ref } from 'react';

/** One callback ref that feeds a component's own ref and the one its caller passed in. */
export function useMergedRef<T>(own: RefObject<T | null>, outer: Ref<T> | undefined): (node: T | null) => void {
  return useCallback(
    (node: T | null) => {
      own.current = node;
      if (typeof outer === 'function') outer(node);
      else if (outer) (outer as RefObject<T | null>).current = node;
    },
    [own, outer],
  );
}
