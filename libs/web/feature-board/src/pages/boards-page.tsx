import { boardsQueryOptions } from '@brisk/web-data-access-api';
import { Page } from '@brisk/web-ui';
import { useSuspenseQuery } from '@tanstack/react-query';
import { BoardList } from '../components/boards/board-list.tsx';
import { CreateBoardForm } from '../components/boards/create-board-form.tsx';

export function BoardsPage() {
  const { data: boards } = useSuspenseQuery(boardsQueryOptions());
  return (
    <Page title="Your boards">
      <CreateBoardForm />
      <BoardList boards={boards} />
    </Page>
  );
}
