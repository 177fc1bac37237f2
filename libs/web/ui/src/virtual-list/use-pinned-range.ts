import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import { useCallback } from 'react';

/**
 * A range extractor that renders what is near the viewport plus the pinned indexes wherever they are: an item being
 * dragged must stay mounted when the list scrolls away from it. Stable while the pinned indexes are the same.
 */
export function usePinnedRange(pinnedIndexes: readonly number[]): (range: Range) => number[] {
  const pinnedKey = pinnedIndexes.filter((index) => index >= 0).join(',');
  return useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const pinned = pinnedKey === '' ? [] : pinnedKey.split(',').map(Number);
      const missing = pinned.filter((index) => index < range.count && !indexes.includes(index));
      return missing.length === 0 ? indexes : [...indexes, ...missing].sort((a, b) => a - b);
    },
    [pinnedKey],
  );
}
