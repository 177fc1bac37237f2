import type { Card } from '@brisk/shared-contracts';
import { boardQueryOptions, cardQueryOptions, membersQueryOptions } from '@brisk/web-data-access-api';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useOutletContext } from 'react-router';
import { CardEditor } from '../components/card/card-editor.tsx';
import { useRouteParam } from '../routing/use-route-param.ts';

export function CardDialogPage() {
  const boardId = useRouteParam('boardId');
  const cardId = useRouteParam('cardId');
  const { data: card } = useSuspenseQuery(cardQueryOptions(cardId));
  const { data: detail } = useSuspenseQuery(boardQueryOptions(boardId));
  const { data: members } = useSuspenseQuery(membersQueryOptions(boardId));
  // The board page shows the Undo toast for a card archived here.
  const showArchived = useOutletContext<(card: Card) => void>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // Back to the board as it was, filter included.
  const { search } = useLocation();
  const close = () => Promise.resolve(navigate(`/b/${boardId}${search}`));

  return (
    <CardEditor
      key={cardId}
      card={card}
      boardLabels={detail.board.labels}
      members={members}
      readOnly={detail.board.role === 'viewer'}
      onClose={() => void close()}
      onArchived={(archived) => {
        showArchived(archived);
        void close();
      }}
      // Only once the dialog is gone: while it shows, dropping its card's query would refetch a 404.
      onDeleted={() => void close().then(() => queryClient.removeQueries({ queryKey: cardQueryOptions(cardId).queryKey }))}
    />
  );
}
