import { boardQueryOptions, cardQueryOptions } from '@brisk/web-data-access-api';
import { Dialog } from '@brisk/web-ui';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { CardEditor } from '../components/card/card-editor.tsx';
import { useRouteParam } from '../routing/use-route-param.ts';

export function CardDialogPage() {
  const boardId = useRouteParam('boardId');
  const cardId = useRouteParam('cardId');
  const { data: card } = useSuspenseQuery(cardQueryOptions(cardId));
  const { data: detail } = useSuspenseQuery(boardQueryOptions(boardId));
  const navigate = useNavigate();
  // Back to the board as it was, filter included.
  const { search } = useLocation();
  const close = useCallback(() => void navigate(`/b/${boardId}${search}`), [navigate, boardId, search]);

  return (
    <Dialog title={card.title} onClose={close}>
      <CardEditor card={card} boardId={boardId} readOnly={detail.board.role === 'viewer'} onDone={close} />
    </Dialog>
  );
}
