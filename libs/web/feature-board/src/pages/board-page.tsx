import type { Card, Member } from '@brisk/shared-contracts';
import { boardQueryOptions, membersQueryOptions } from '@brisk/web-data-access-api';
import { Badge, Page, ToastRegion } from '@brisk/web-ui';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { BoardLookupsContext, useBoardLookups } from '../components/board/board-lookups.ts';
import { EditableBoard } from '../components/board/editable-board.tsx';
import { BoardActions } from '../components/board-settings/board-actions.tsx';
import { FilterBar } from '../components/filter/filter-bar.tsx';
import { isFilterActive } from '../filter/card-filter.ts';
import { labelsOf } from '../filter/labels-of.ts';
import { useBoardFilter } from '../filter/use-board-filter.ts';
import { useVisibleLayout } from '../filter/use-visible-layout.ts';
import { useRouteParam } from '../routing/use-route-param.ts';

// Viewers only: members, who drag, need the editable board, and its bytes are the route's budget.
const ReadOnlyBoard = lazy(async () => ({
  default: (await import('../components/board/read-only-board.tsx')).ReadOnlyBoard,
}));
const ArchiveUndoToast = lazy(async () => ({
  default: (await import('../components/archive/archive-undo-toast.tsx')).ArchiveUndoToast,
}));
const noMembers: Member[] = [];

const countIds = (layout: Readonly<Record<string, readonly string[]>>) =>
  Object.values(layout).reduce((sum, ids) => sum + ids.length, 0);

export function BoardPage() {
  const boardId = useRouteParam('boardId');
  const { data: detail } = useSuspenseQuery(boardQueryOptions(boardId));
  const { data: members = noMembers } = useQuery(membersQueryOptions(boardId));
  const lookups = useBoardLookups(detail.board.labels, members);
  // Set by the card dialog (through the outlet) when it archives a card, for the Undo toast.
  const [archived, setArchived] = useState<Card | null>(null);
  const { filter, applied, setFilter } = useBoardFilter();
  const visibleLayout = useVisibleLayout(detail, applied);
  const labels = useMemo(() => labelsOf(detail), [detail]);
  const total = useMemo(() => detail.columns.reduce((sum, column) => sum + column.cards.length, 0), [detail.columns]);

  // The card dialog keeps the board's filter in its URL; read at click time so the callback (a prop of every card)
  // stays the same while the user types a filter.
  const { search } = useLocation();
  const searchRef = useRef(search);
  searchRef.current = search;
  const navigate = useNavigate();
  const openCard = useCallback(
    (cardId: string) => void navigate(`/b/${boardId}/c/${cardId}${searchRef.current}`),
    [navigate, boardId],
  );
  const readOnly = detail.board.role === 'viewer';
  const filtered = isFilterActive(applied);
  const Board = readOnly ? ReadOnlyBoard : EditableBoard;

  return (
    <Page
      width="full"
      title={detail.board.name}
      actions={
        <>
          {readOnly && <Badge tone="warning">Read only</Badge>}
          {!readOnly && <Link to={`/b/${boardId}/labels`}>Labels</Link>}
          <Link to={`/b/${boardId}/archive`}>Archive</Link>
          <Link to={`/b/${boardId}/members`}>Members</Link>
          {detail.board.role === 'owner' && <BoardActions board={detail.board} cardCount={total} />}
        </>
      }
    >
      <FilterBar
        filter={filter}
        onChange={setFilter}
        labels={labels}
        members={members}
        shown={filtered ? countIds(visibleLayout) : total}
        total={total}
      />
      <BoardLookupsContext value={lookups}>
        <Suspense fallback={null}>
          <Board detail={detail} visibleLayout={visibleLayout} filtered={filtered} onOpenCard={openCard} />
        </Suspense>
      </BoardLookupsContext>
      {/* The card dialog opens over the board; its own loading must not blank the board. */}
      <Suspense fallback={null}>
        <Outlet context={setArchived} />
      </Suspense>
      <ToastRegion>
        {archived && (
          <Suspense fallback={null}>
            {/* A new toast for each archive, even of the same card: its version moved on. */}
            <ArchiveUndoToast
              key={`${archived.id}@${archived.version}`}
              card={archived}
              onClose={() => setArchived(null)}
            />
          </Suspense>
        )}
      </ToastRegion>
    </Page>
  );
}
