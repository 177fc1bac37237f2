import { labelColors } from '@brisk/shared-contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addBoard, addCard, createBoardFixture, readBoard, type BoardFixture } from '../test-support/board-fixture.ts';
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

  it('when a board is created, then it starts at version 1 with no labels', async () => {
    const { body } = await f.owner.post('/api/boards', { name: 'Fresh' });

    expect(body.board).toMatchObject({ labels: [], version: 1 });
    expect((await readBoard(f.owner, body.board.id)).board).toMatchObject({ labels: [], version: 1 });
  });

  it('when a member replaces the label set, then every role sees it at once and the version moves on', async () => {
    const { boardId } = await addBoard(f, 'Labels');
    const viewerBefore = await f.viewer.get(`/api/boards/${boardId}`);
    const labels = labelColors.map((color) => ({ name: `${color} things`, color }));

    const response = await f.member.put(`/api/boards/${boardId}/labels`, { labels, version: 1 });

    expect(response.status).toBe(200);
    expect(response.body.board).toMatchObject({ id: boardId, role: 'member', labels, version: 2 });
    const viewerAfter = await f.viewer.get(`/api/boards/${boardId}`);
    expect(viewerAfter.body.board).toMatchObject({ labels, version: 2, role: 'viewer' });
    expect(viewerAfter.headers.get('etag')).not.toBe(viewerBefore.headers.get('etag'));
  });

  it('when label names carry spaces around them, then they are stored trimmed', async () => {
    const { boardId } = await addBoard(f, 'Labels');

    const response = await f.owner.put(`/api/boards/${boardId}/labels`, {
      labels: [{ name: '  Needs review ', color: 'purple' }],
      version: 1,
    });

    expect(response.body.board.labels).toEqual([{ name: 'Needs review', color: 'purple' }]);
  });

  it('when a labels write carries a stale version, then 409 returns the current board and the newer set stands', async () => {
    const { boardId } = await addBoard(f, 'Labels');
    await f.member.put(`/api/boards/${boardId}/labels`, { labels: [{ name: 'Bug', color: 'red' }], version: 1 });

    const stale = await f.owner.put(`/api/boards/${boardId}/labels`, { labels: [], version: 1 });

    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect(stale.body.error.details.current).toMatchObject({
      id: boardId,
      role: 'owner',
      labels: [{ name: 'Bug', color: 'red' }],
      version: 2,
    });
    expect((await readBoard(f.owner, boardId)).board.labels).toEqual([{ name: 'Bug', color: 'red' }]);
  });

  it('when a board is renamed, then its version moves on and a labels write made before the rename is refused', async () => {
    const { boardId } = await addBoard(f, 'Labels');

    const renamed = await f.owner.patch(`/api/boards/${boardId}`, { name: 'Renamed' });
    const stale = await f.member.put(`/api/boards/${boardId}/labels`, { labels: [], version: 1 });

    expect(renamed.body.board).toMatchObject({ name: 'Renamed', version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ name: 'Renamed', version: 2 });
  });

  it('when a rename carries a version, then it applies only at that version', async () => {
    const { boardId } = await addBoard(f, 'Labels');

    const current = await f.owner.patch(`/api/boards/${boardId}`, { name: 'First', version: 1 });
    const stale = await f.owner.patch(`/api/boards/${boardId}`, { name: 'Second', version: 1 });

    expect(current.status).toBe(200);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ name: 'First', version: 2 });
    expect((await f.owner.get('/api/boards')).body.boards.find((b: { id: string }) => b.id === boardId).name).toBe('First');
  });

  it('when a card carries a label the set does not name, then it is still accepted as free text', async () => {
    const { boardId, columnIds } = await addBoard(f, 'Labels');
    await f.owner.put(`/api/boards/${boardId}/labels`, { labels: [{ name: 'Bug', color: 'red' }], version: 1 });

    const card = await addCard(f.member, columnIds[0]!, 'Free labels', { labels: ['bug', 'something else'] });

    expect(card.labels).toEqual(['bug', 'something else']);
  });
});
