import type { BoardPatch } from '@brisk/api-data-access-db';
import type { Board, ReplaceBoardLabelsBody, Role, UpdateBoardBody } from '@brisk/shared-contracts';
import { assertRole, boardListKeys } from './access.ts';
import { cacheKeys } from './cache-keys.ts';
import type { BoardsDeps } from './deps.ts';
import { writeIfVersion } from './versioned.ts';

// Edits of the board's own row (its name, its label set): each moves the board's version on.

/** Applies the patch (only at `version`, when given) and returns the board as it is now, as the caller sees it. */
function writeBoard(deps: BoardsDeps, boardId: string, role: Role, version: number | undefined, patch: BoardPatch) {
  return writeIfVersion<Board>(
    'Board',
    () => deps.db.boards.updateIfVersion(boardId, version, patch),
    async () => {
      const board = await deps.db.boards.findById(boardId);
      return board && { ...board, role };
    },
  );
}

/** The name shows in the access value and in every member's board list, besides the board itself. */
export async function renameBoard(deps: BoardsDeps, boardId: string, userId: string, body: UpdateBoardBody): Promise<Board> {
  const { role, access } = await assertRole(deps, boardId, userId, 'owner');
  const board = await writeBoard(deps, boardId, role, body.version, { name: body.name });
  await deps.cache.invalidate([cacheKeys.access(boardId), ...cacheKeys.boardViews(boardId), ...boardListKeys(access)]);
  return board;
}

export async function replaceBoardLabels(
  deps: BoardsDeps,
  boardId: string,
  userId: string,
  body: ReplaceBoardLabelsBody,
): Promise<Board> {
  const { role } = await assertRole(deps, boardId, userId, 'member');
  const board = await writeBoard(deps, boardId, role, body.version, { labels: body.labels });
  await deps.cache.invalidate(cacheKeys.boardViews(boardId));
  return board;
}
