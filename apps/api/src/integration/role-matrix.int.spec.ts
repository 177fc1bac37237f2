import { apiRoutes, type Access, type ApiRouteName } from '@brisk/shared-contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUp, type ApiClient } from '../test-support/api-client.ts';
import { addBoard, addCard, createBoardFixture, readBoard, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

type Who = 'owner' | 'member' | 'viewer' | 'outsider' | 'anonymous';
const everyone: Who[] = ['owner', 'member', 'viewer', 'outsider', 'anonymous'];

/** What each role may do, straight from the issue: owner everything, member columns and cards, viewer reads. */
function expectedStatus(access: Access, who: Who, success: number): number {
  if (who === 'anonymous') return 401;
  if (access === 'user') return success;
  if (who === 'outsider') return 404;
  const allowed: Record<Exclude<Access, 'public' | 'user'>, Who[]> = {
    viewer: ['owner', 'member', 'viewer'],
    member: ['owner', 'member'],
    owner: ['owner'],
  };
  return allowed[access as keyof typeof allowed].includes(who) ? success : 403;
}

interface Call {
  path: string;
  body?: unknown;
  /** The board the call touches, to check that a refused write changed nothing there. */
  boardId: string;
}

describeApi('role matrix over every route', () => {
  let server: TestServer;
  let f: BoardFixture;

  async function spareMember(boardId: string): Promise<string> {
    const spare = await signUp(server.url, 'Spare');
    await f.owner.post(`/api/boards/${boardId}/members`, { email: spare.user.email, role: 'member' });
    return spare.user.id;
  }

  const arrange: Record<Exclude<ApiRouteName, 'register' | 'login' | 'logout' | 'demoLogin' | 'live' | 'ready'>, () => Promise<Call>> =
    {
      me: async () => ({ path: '/api/me', boardId: f.boardId }),
      listBoards: async () => ({ path: '/api/boards', boardId: f.boardId }),
      createBoard: async () => ({ path: '/api/boards', body: { name: 'New board' }, boardId: f.boardId }),
      search: async () => ({ path: '/api/search?q=fixture', boardId: f.boardId }),
      getBoard: async () => ({ path: `/api/boards/${f.boardId}`, boardId: f.boardId }),
      updateBoard: async () => ({ path: `/api/boards/${f.boardId}`, body: { name: 'Renamed' }, boardId: f.boardId }),
      replaceBoardLabels: async () => ({
        path: `/api/boards/${f.boardId}/labels`,
        body: { labels: [{ name: 'Bug', color: 'red' }], version: (await readBoard(f.owner, f.boardId)).board.version },
        boardId: f.boardId,
      }),
      deleteBoard: async () => {
        const { boardId } = await addBoard(f, 'Scratch board');
        return { path: `/api/boards/${boardId}`, boardId };
      },
      listArchivedCards: async () => ({ path: `/api/boards/${f.boardId}/archive`, boardId: f.boardId }),
      listMembers: async () => ({ path: `/api/boards/${f.boardId}/members`, boardId: f.boardId }),
      addMember: async () => {
        const invitee = await signUp(server.url, 'Invitee');
        return {
          path: `/api/boards/${f.boardId}/members`,
          body: { email: invitee.user.email, role: 'viewer' },
          boardId: f.boardId,
        };
      },
      updateMember: async () => ({
        path: `/api/boards/${f.boardId}/members/${await spareMember(f.boardId)}`,
        body: { role: 'viewer' },
        boardId: f.boardId,
      }),
      removeMember: async () => ({
        path: `/api/boards/${f.boardId}/members/${await spareMember(f.boardId)}`,
        boardId: f.boardId,
      }),
      createColumn: async () => ({ path: `/api/boards/${f.boardId}/columns`, body: { name: 'Extra' }, boardId: f.boardId }),
      updateColumn: async () => ({
        path: `/api/columns/${f.columnIds[0]}`,
        body: { name: 'Renamed column', version: (await readBoard(f.owner, f.boardId)).columns[0].version },
        boardId: f.boardId,
      }),
      deleteColumn: async () => {
        const { boardId, columnIds } = await addBoard(f, 'Scratch board');
        return { path: `/api/columns/${columnIds[0]}`, boardId };
      },
      createCard: async () => ({ path: `/api/columns/${f.columnIds[0]}/cards`, body: { title: 'New' }, boardId: f.boardId }),
      getCard: async () => ({ path: `/api/cards/${(await addCard(f.owner, f.columnIds[0]!, 'Read me')).id}`, boardId: f.boardId }),
      updateCard: async () => ({
        path: `/api/cards/${(await addCard(f.owner, f.columnIds[0]!, 'Edit me')).id}`,
        body: { title: 'Edited', version: 1 },
        boardId: f.boardId,
      }),
      deleteCard: async () => ({
        path: `/api/cards/${(await addCard(f.owner, f.columnIds[0]!, 'Delete me')).id}`,
        boardId: f.boardId,
      }),
      moveCard: async () => ({
        path: `/api/cards/${(await addCard(f.owner, f.columnIds[0]!, 'Move me')).id}/move`,
        body: { toColumnId: f.columnIds[1], version: 1 },
        boardId: f.boardId,
      }),
    };

  async function snapshot(boardId: string) {
    const [board, members] = await Promise.all([
      f.owner.get(`/api/boards/${boardId}`),
      f.owner.get(`/api/boards/${boardId}/members`),
    ]);
    return { board: board.body, members: members.body };
  }

  beforeAll(async () => {
    server = await startTestServer();
    f = await createBoardFixture(server.url);
  });
  afterAll(() => server?.stop());

  const cases = Object.keys(arrange).flatMap((name) => everyone.map((who) => [name as keyof typeof arrange, who] as const));

  it.each(cases)('when %s is called as %s, then the role decides the status and a refusal changes nothing', async (name, who) => {
    const route = apiRoutes[name];
    const call = await arrange[name]();
    const client: ApiClient = f[who];
    const before = await snapshot(call.boardId);

    const response = await client.request(route.method, call.path, call.body);

    const expected = expectedStatus(route.access, who, route.status);
    expect(response.status, response.text).toBe(expected);
    if (expected >= 400) {
      expect(response.body.error.code).toBe({ 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' }[expected]);
      expect(await snapshot(call.boardId)).toEqual(before);
    }
  });

  it('when a member removes themselves, then they leave the board', async () => {
    const { boardId } = await addBoard(f, 'Scratch board');

    const response = await f.member.delete(`/api/boards/${boardId}/members/${f.member.user.id}`);

    expect(response.status).toBe(204);
    expect((await f.member.get(`/api/boards/${boardId}`)).status).toBe(404);
  });

  it('when the last owner tries to leave or step down, then 409 LAST_OWNER keeps the board owned', async () => {
    const { boardId } = await addBoard(f, 'Scratch board');

    const leave = await f.owner.delete(`/api/boards/${boardId}/members/${f.owner.user.id}`);
    const stepDown = await f.owner.patch(`/api/boards/${boardId}/members/${f.owner.user.id}`, { role: 'member' });

    expect([leave.status, stepDown.status]).toEqual([409, 409]);
    expect(leave.body.error.code).toBe('LAST_OWNER');
    expect((await f.owner.get(`/api/boards/${boardId}`)).body.board.role).toBe('owner');
  });
});
