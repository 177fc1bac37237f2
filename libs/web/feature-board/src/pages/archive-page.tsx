import { archivedCardsQueryOptions, boardQueryOptions } from '@brisk/web-data-access-api';
import { Button, Page } from '@brisk/web-ui';
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ArchivedCardList } from '../components/archive/archived-card-list.tsx';
import styles from '../components/archive/archive.module.css';
import { useRouteParam } from '../routing/use-route-param.ts';

/** A board's archived cards, most recently archived first, a page at a time. */
export function ArchivePage() {
  const boardId = useRouteParam('boardId');
  const { data: detail } = useSuspenseQuery(boardQueryOptions(boardId));
  const archive = useSuspenseInfiniteQuery(archivedCardsQueryOptions(boardId));
  const cards = archive.data.pages.flatMap((page) => page.cards);

  return (
    <Page title="Archive" actions={<Link to={`/b/${boardId}`}>Back to {detail.board.name}</Link>}>
      {detail.board.role === 'viewer' && (
        <p className={styles.note}>You can see the archive but not change it.</p>
      )}
      <ArchivedCardList board={detail.board} columns={detail.columns} cards={cards}>
        {archive.hasNextPage && (
          <Button className={styles.more} busy={archive.isFetchingNextPage} onClick={() => void archive.fetchNextPage()}>
            Load more
          </Button>
        )}
      </ArchivedCardList>
    </Page>
  );
}
