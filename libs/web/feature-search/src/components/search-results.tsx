import { searchQueryOptions } from '@brisk/web-data-access-api';
import { Alert, Button, Spinner } from '@brisk/web-ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import styles from './search.module.css';

export function SearchResults({ q }: { q: string }) {
  const { data, error, isPending, hasNextPage, fetchNextPage, isFetchingNextPage } = useInfiniteQuery(
    searchQueryOptions(q),
  );

  if (isPending) return <Spinner label="Searching" />;
  if (error) return <Alert>{`Search failed: ${error.message}`}</Alert>;

  const hits = data.pages.flatMap((page) => page.items);
  if (hits.length === 0) return <p className={styles.empty}>No cards match “{q}”.</p>;
  return (
    <section aria-label="Results" className={styles.results}>
      <ul className={styles.list}>
        {hits.map((hit) => (
          <li key={hit.id}>
            <Link to={`/b/${hit.boardId}/c/${hit.id}`} className={styles.hit}>
              <span className={styles.title}>{hit.title}</span>{' '}
              <span className={styles.where}>
                {hit.boardName} › {hit.columnName}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {hasNextPage && (
        <Button onClick={() => void fetchNextPage()} busy={isFetchingNextPage}>
          Load more
        </Button>
      )}
    </section>
  );
}
