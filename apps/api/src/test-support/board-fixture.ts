import { ApiClient, signUp, type Json, type SignedUpClient } from './api-client.ts';

export interface BoardFixture {
  owner: SignedUpClient;
  member: SignedUpClient;
  viewer: SignedUpClient;
  outsider: SignedUpClient;
  anonymous: ApiClient;
  boardId: string;
  columnIds: string[];
}

/** A board with one user in every role, plus a signed-in outsider and an anonymous client. */
export async function createBoardFixture(baseUrl: string): Promise<BoardFixture> {
  const [owner, member, viewer, outsider] = await Promise.all(
    ['Owner', 'Member', 'Viewer', 'Outsider'].map((name) => signUp(baseUrl, name)),
  );
  const people = { owner: owner!, member: member!, viewer: viewer!, outsider: outsider!, anonymous: new ApiClient(baseUrl) };
  return { ...people, ...(await addBoard(people, 'Fixture board')) };
}

/** One more board with the default columns, owned by the fixture's owner and shared with its member and viewer. */
export async function addBoard(
  f: Pick<BoardFixture, 'owner' | 'member' | 'viewer'>,
  name: string,
): Promise<Pick<BoardFixture, 'boardId' | 'columnIds'>> {
  const created = await f.owner.post('/api/boards', { name });
  const boardId: string = created.body.board.id;
  await f.owner.post(`/api/boards/${boardId}/members`, { email: f.member.user.email, role: 'member' });
  await f.owner.post(`/api/boards/${boardId}/members`, { email: f.viewer.user.email, role: 'viewer' });
  return { boardId, columnIds: created.body.columns.map((column: Json) => column.id) };
}

export async function addCard(client: ApiClient, columnId: string, title: string, extra: object = {}): Promise<Json> {
  const response = await client.post(`/api/columns/${columnId}/cards`, { title, ...extra });
  if (response.status !== 201) throw new Error(`add card failed: ${response.status} ${response.text}`);
  return response.body.card;
}

export async function readBoard(client: ApiClient, boardId: string): Promise<Json> {
  const response = await client.get(`/api/boards/${boardId}`);
  if (response.status !== 200) throw new Error(`read board failed: ${response.status} ${response.text}`);
  return response.body;
}
