import { useParams } from 'react-router';

/** A path parameter the route definition guarantees; missing means the route table and the page disagree. */
export function useRouteParam(name: 'boardId' | 'cardId'): string {
  const value = useParams()[name];
  if (value === undefined) throw new Error(`The route has no :${name} parameter`);
  return value;
}
