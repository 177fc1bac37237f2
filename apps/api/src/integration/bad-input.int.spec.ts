import { limits } from '@brisk/shared-contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCard, createBoardFixture, readBoard, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

describeApi('bad input', () => {
  let server: TestServer;
  let f: BoardFixture;
  let cardId: string;
  beforeAll(async () => {
    server = await startTestServer();
    f = await createBoardFixture(server.url);
    cardId = (await addCard(f.owner, f.columnIds[0]!, 'Target')).id;
  });
  afterAll(() => server?.stop());
  const boardVersion = async (): Promise<number> => (await readBoard(f.owner, f.boardId)).board.version;

  const cases: [string, () => Promise<{ status: number; body: { error: { code: string } }; text: string }>, number, string][] = [
    ['malformed JSON', () => f.owner.patch(`/api/cards/${cardId}`, undefined, { raw: '{"title": "x", version: 1' }), 400, 'MALFORMED_JSON'],
    ['a body over 256 KB', () => f.owner.patch(`/api/cards/${cardId}`, { title: 'x', description: 'y'.repeat(limits.bodyBytesMax), version: 1 }), 413, 'PAYLOAD_TOO_LARGE'],
    ['an unknown field (mass assignment)', () => f.owner.patch(`/api/cards/${cardId}`, { title: 'x', version: 1, boardId: f.boardId }), 400, 'VALIDATION_FAILED'],
    ['a field a client may not set', () => f.owner.patch(`/api/cards/${cardId}`, { position: 'a0', version: 1 }), 400, 'VALIDATION_FAILED'],
    ['an over-long title', () => f.owner.patch(`/api/cards/${cardId}`, { title: 'x'.repeat(limits.cardTitleMax + 1), version: 1 }), 400, 'VALIDATION_FAILED'],
    ['an over-long board name', () => f.owner.patch(`/api/boards/${f.boardId}`, { name: 'x'.repeat(limits.boardNameMax + 1) }), 400, 'VALIDATION_FAILED'],
    ['too many labels', () => f.owner.patch(`/api/cards/${cardId}`, { labels: Array.from({ length: 11 }, (_, i) => `l${i}`), version: 1 }), 400, 'VALIDATION_FAILED'],
    ['a wrong type', () => f.owner.patch(`/api/cards/${cardId}`, { title: 42, version: 1 }), 400, 'VALIDATION_FAILED'],
    ['a malformed id in the path', () => f.owner.patch('/api/cards/not-a-uuid', { title: 'x', version: 1 }), 400, 'VALIDATION_FAILED'],
    ['a form-encoded body', () => f.owner.patch(`/api/cards/${cardId}`, undefined, { raw: 'title=x&version=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['an assignee from outside the board', () => f.owner.patch(`/api/cards/${cardId}`, { assigneeId: f.outsider.user.id, version: 1 }), 400, 'VALIDATION_FAILED'],
    ['a bad due date', () => f.owner.patch(`/api/cards/${cardId}`, { dueDate: '2026-02-30x', version: 1 }), 400, 'VALIDATION_FAILED'],
    ['a label colour outside the palette', async () => f.owner.put(`/api/boards/${f.boardId}/labels`, { labels: [{ name: 'Bug', color: '#ff0000' }], version: await boardVersion() }), 400, 'VALIDATION_FAILED'],
    ['board label names that differ only in case', async () => f.owner.put(`/api/boards/${f.boardId}/labels`, { labels: [{ name: 'Bug', color: 'red' }, { name: ' bug', color: 'blue' }], version: await boardVersion() }), 400, 'VALIDATION_FAILED'],
    ['more board labels than allowed', async () => f.owner.put(`/api/boards/${f.boardId}/labels`, { labels: Array.from({ length: limits.boardLabelsMax + 1 }, (_, i) => ({ name: `l${i}`, color: 'gray' })), version: await boardVersion() }), 400, 'VALIDATION_FAILED'],
    ['an over-long board label name', async () => f.owner.put(`/api/boards/${f.boardId}/labels`, { labels: [{ name: 'x'.repeat(limits.labelMax + 1), color: 'gray' }], version: await boardVersion() }), 400, 'VALIDATION_FAILED'],
    ['a board version that is not current', () => f.owner.put(`/api/boards/${f.boardId}/labels`, { labels: [], version: 999 }), 409, 'VERSION_CONFLICT'],
    ['a rename at a board version that is not current', () => f.owner.patch(`/api/boards/${f.boardId}`, { name: 'Stale', version: 999 }), 409, 'VERSION_CONFLICT'],
    ['both afterCardId and beforeCardId', () => f.owner.post(`/api/cards/${cardId}/move`, { toColumnId: f.columnIds[1], afterCardId: cardId, beforeCardId: cardId, version: 1 }), 400, 'VALIDATION_FAILED'],
    ['an archive page over the limit', () => f.owner.get(`/api/boards/${f.boardId}/archive?limit=${limits.archiveLimitMax + 1}`), 400, 'VALIDATION_FAILED'],
    ['an archive limit that is not a number', () => f.owner.get(`/api/boards/${f.boardId}/archive?limit=ten`), 400, 'VALIDATION_FAILED'],
    ['an archive cursor the API did not make', () => f.owner.get(`/api/boards/${f.boardId}/archive?cursor=${Buffer.from("' OR 1=1 --").toString('base64url')}`), 400, 'VALIDATION_FAILED'],
    ['an over-long archive cursor', () => f.owner.get(`/api/boards/${f.boardId}/archive?cursor=${'x'.repeat(201)}`), 400, 'VALIDATION_FAILED'],
    ['an unknown query parameter', () => f.owner.get('/api/search?q=x&sort=evil'), 400, 'VALIDATION_FAILED'],
    ['an unknown API route', () => f.owner.get('/api/nope'), 404, 'NOT_FOUND'],
    ['a write to the read-only demo login', () => f.owner.post('/api/auth/demo', { email: 'x@y.z' }), 404, 'NOT_FOUND'],
  ];

  it.each(cases)('when a request carries %s, then it gets the right 4xx, a stable code and changes nothing', async (_name, send, status, code) => {
    const before = await readBoard(f.owner, f.boardId);

    const response = await send();

    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
    expect(await readBoard(f.owner, f.boardId)).toEqual(before);
  });

  it('when validation fails, then every bad field is listed by path', async () => {
    const response = await f.owner.post(`/api/columns/${f.columnIds[0]}/cards`, { title: '', labels: 'nope', extra: 1 });

    const paths = response.body.error.details.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['body.title', 'body.labels']));
    expect(response.body.error.requestId).toEqual(expect.any(String));
  });

  it('when any response goes out, then it carries no X-Powered-By and echoes a sane request id', async () => {
    const response = await f.owner.get('/api/me', { headers: { 'x-request-id': 'trace-123' } });
    const hostile = await f.owner.get('/api/me', { headers: { 'x-request-id': 'x'.repeat(500) } });

    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
