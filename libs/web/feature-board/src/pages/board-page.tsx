import { boardQueryOptions } from '@brisk/web-data-access-api';
import { Badge, Page } from '@brisk/web-ui';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useCallback } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { EditableBoard } from '../components/board/editable-board.tsx';
import { ReadOnlyBoard } from '../components/board/read-only-board.tsx';
import { useRouteParam } from '../routing/use-route-param.ts';

export function BoardPage() {
  const boardId = useRouteParam('boardId');
  const { data: detail } = useSuspenseQuery(boardQueryOptions(boardId));
  const navigate = useNavigate();
  const openCard = useCallback((cardId: string) => void navigate(`/b/${boardId}/c/${cardId}`), [navigate, boardId]);
  const readOnly = detail.board.role === 'viewer';

  return (
    <Page
      width="full"
      title={detail.board.name}
      actions={
        <>
          {readOnly && <Badge tone="warning">Read only</Badge>}
          <Link to={`/b/${boardId}/members`}>Members</Link>
        </>
      }
    >
      {readOnly ? (
        <ReadOnlyBoard detail={detail} onOpenCard={openCard} />
      ) : (
        <EditableBoard detail={detail} onOpenCard={openCard} />
      )}
      {/* The card dialog opens over the board; its own loading must not blank the board. */}
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </Page>
  );
}
