import { labelColors } from '@brisk/shared-contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCard, createBoardFixture, readBoard, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

describeApi('board label set and board version', () => {
  let server: TestServer;
  let f: BoardFixture;
  beforeAll(async () => {
    server = await startTestServer();
    f = await createBoardFixture(server.url);
  });
  afterAll(() => server?.stop());

  async function newBoard(): Promise<{ id: string; version: number }> {
    const { body } = await f.owner.post('/api/boards', { name: 'Labels' });
    await f.owner.post(`/api/boards/${body.board.id}/members`, { email: f.viewer.user.email, role: 'viewer' });
    await f.owner.post(`/api/boards/${body.board.id}/members`, { email: f.member.user.email, role: 'member' });
    return body.board;
  }

  it('when a board is created, then it starts at version 1 with no labels', async () => {
    const { body } = await f.owner.post('/api/boards', { name: 'Fresh' });

    expect(body.board).toMatchObject({ labels: [], version: 1 });
    expect((await readBoard(f.owner, body.board.id)).board).toMatchObject({ labels: [], version: 1 });
  });

  it('when a member replaces the label set, then every role sees it at once and the version moves on', async () => {
    const board = await newBoard();
    const viewerBefore = await f.viewer.get(`/api/boards/${board.id}`);
    const labels = labelColors.map((color) => ({ name: `${color} things`, color }));

    const response = await f.member.put(`/api/boards/${board.id}/labels`, { labels, version: board.version });

    expect(response.status).toBe(200);
    expect(response.body.board).toMatchObject({ id: board.id, role: 'member', labels, version: board.version + 1 });
    const viewerAfter = await f.viewer.get(`/api/boards/${board.id}`);
    expect(viewerAfter.body.board).toMatchObject({ labels, version: board.version + 1, role: 'viewer' });
    expect(viewerAfter.headers.get('etag')).not.toBe(viewerBefore.headers.get('etag'));
  });

  it('when label names carry spaces around them, then they are stored trimmed', async () => {
    const board = await newBoard();

    const response = await f.owner.put(`/api/boards/${board.id}/labels`, {
      labels: [{ name: '  Needs review ', color: 'purple' }],
      version: board.version,
    });

    expect(response.body.board.labels).toEqual([{ name: 'Needs review', color: 'purple' }]);
  });

  it('when a labels write carries a stale version, then 409 returns the current board and the newer set stands', async () => {
    const board = await newBoard();
    await f.member.put(`/api/boards/${board.id}/labels`, { labels: [{ name: 'Bug', color: 'red' }], version: board.version });

    const stale = await f.owner.put(`/api/boards/${board.id}/labels`, { labels: [], version: board.version });

    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect(stale.body.error.details.current).toMatchObject({
      id: board.id,
      role: 'owner',
      labels: [{ name: 'Bug', color: 'red' }],
      version: board.version + 1,
    });
    expect((await readBoard(f.owner, board.id)).board.labels).toEqual([{ name: 'Bug', color: 'red' }]);
  });

  it('when a board is renamed, then its version moves on and a labels write made before the rename is refused', async () => {
    const board = await newBoard();

    const renamed = await f.owner.patch(`/api/boards/${board.id}`, { name: 'Renamed' });
    const stale = await f.member.put(`/api/boards/${board.id}/labels`, { labels: [], version: board.version });

    expect(renamed.body.board).toMatchObject({ name: 'Renamed', version: board.version + 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ name: 'Renamed', version: board.version + 1 });
  });

  it('when a rename carries a version, then it applies only at that version', async () => {
    const board = await newBoard();

    const current = await f.owner.patch(`/api/boards/${board.id}`, { name: 'First', version: board.version });
    const stale = await f.owner.patch(`/api/boards/${board.id}`, { name: 'Second', version: board.version });

    expect(current.status).toBe(200);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ name: 'First', version: board.version + 1 });
    expect((await f.owner.get('/api/boards')).body.boards.find((b: { id: string }) => b.id === board.id).name).toBe('First');
  });

  it('when a card carries a label the set does not name, then it is still accepted as free text', async () => {
    const board = await newBoard();
    await f.owner.put(`/api/boards/${board.id}/labels`, { labels: [{ name: 'Bug', color: 'red' }], version: board.version });
    const columnId = (await readBoard(f.owner, board.id)).columns[0].id;

    const card = await addCard(f.member, columnId, 'Free labels', { labels: ['bug', 'something else'] });

    expect(card.labels).toEqual(['bug', 'something else']);
  });
});
