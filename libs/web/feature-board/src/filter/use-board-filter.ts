import { useCallback, useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filterFromSearch, searchFromFilter, type CardFilter } from './card-filter.ts';

/**
 * The board's filter, kept in the URL. `applied` trails `filter` while the board is busy re-filtering, so typing stays
 * responsive on a 5,000-card board.
 */
export function useBoardFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(searchParams), [searchParams]);
  const applied = useDeferredValue(filter);
  const setFilter = useCallback(
    (next: CardFilter) => setSearchParams(searchFromFilter(next), { replace: true }),
    [setSearchParams],
  );
  return { filter, applied, setFilter };
}
