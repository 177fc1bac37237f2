export { demoLoginQueryOptions, getDemoLogin } from './auth/get-demo-login.ts';
export { getMe, meQueryOptions } from './auth/get-me.ts';
export { logIn } from './auth/log-in.ts';
export { logOut } from './auth/log-out.ts';
export { registerAccount } from './auth/register-account.ts';
export { createBoard } from './boards/create-board.ts';
export { deleteBoard } from './boards/delete-board.ts';
export { boardQueryOptions, getBoard } from './boards/get-board.ts';
export { boardsQueryOptions, listBoards } from './boards/list-boards.ts';
export { replaceBoardLabels } from './boards/replace-board-labels.ts';
export { updateBoard } from './boards/update-board.ts';
export { createCard } from './cards/create-card.ts';
export { deleteCard } from './cards/delete-card.ts';
export { cardQueryOptions, getCard } from './cards/get-card.ts';
export {
  archivedCardsQueryOptions,
  listArchivedCards,
  type ListArchivedCardsParams,
} from './cards/list-archived-cards.ts';
export { moveCard } from './cards/move-card.ts';
export { updateCard } from './cards/update-card.ts';
export { ApiError, isApiError, type ApiErrorCode } from './client/api-error.ts';
export { apiPaths } from './client/api-paths.ts';
export { conflictCurrentOf } from './client/conflict-current.ts';
export { fieldErrorsOf } from './client/field-errors.ts';
export { requestJson, type RequestOptions } from './client/request-json.ts';
export { shouldRetryRequest } from './client/should-retry.ts';
export { createColumn } from './columns/create-column.ts';
export { deleteColumn } from './columns/delete-column.ts';
export { updateColumn } from './columns/update-column.ts';
export { addMember } from './members/add-member.ts';
export { listMembers, membersQueryOptions } from './members/list-members.ts';
export { removeMember } from './members/remove-member.ts';
export { updateMember } from './members/update-member.ts';
export { isOffline, subscribeToConnectivity } from './offline/connectivity.ts';
export { dropOfflineCopies } from './offline/drop-offline-copies.ts';
export { queryKeys } from './query-keys.ts';
export { searchCards, searchQueryOptions, type SearchCardsParams } from './search/search-cards.ts';
