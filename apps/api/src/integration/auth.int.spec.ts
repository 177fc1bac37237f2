import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient, signUp } from '../test-support/api-client.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

describeApi('auth', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('when a user registers, then they get 201, a hardened session cookie and are signed in', async () => {
    const client = new ApiClient(server.url);

    const response = await client.post('/api/auth/register', {
      email: 'Ada@Example.test',
      name: 'Ada',
      password: 'correct horse battery',
    });

    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({ email: 'ada@example.test', name: 'Ada' });
    const cookie = response.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^brisk_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect((await client.get('/api/me')).body.user.email).toBe('ada@example.test');
  });

  it('when a registration is refused, then each bad field says in plain words what to fix', async () => {
    const response = await new ApiClient(server.url).post('/api/auth/register', { email: 'ada', name: ' ', password: 'short' });

    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { path: 'body.email', message: 'Enter a valid email address' },
      { path: 'body.name', message: 'Enter your name' },
      { path: 'body.password', message: 'Use at least 8 characters' },
    ]);
  });

  it('when the email is taken (in any case), then registering again gets 409 EMAIL_TAKEN', async () => {
    const first = await signUp(server.url, 'Grace');

    const response = await new ApiClient(server.url).post('/api/auth/register', {
      email: first.user.email.toUpperCase(),
      name: 'Other',
      password: 'another password',
    });

    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('EMAIL_TAKEN');
  });

  it('when the email is unknown or the password wrong, then both get the same 401 INVALID_CREDENTIALS', async () => {
    const user = await signUp(server.url, 'Linus');

    const wrongPassword = await new ApiClient(server.url).post('/api/auth/login', {
      email: user.user.email,
      password: 'not the password',
    });
    const unknownEmail = await new ApiClient(server.url).post('/api/auth/login', {
      email: 'nobody@example.test',
      password: 'not the password',
    });

    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknownEmail.body.error).toEqual({ ...wrongPassword.body.error, requestId: unknownEmail.body.error.requestId });
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  it('when a user logs in, then they get a new session id and the previous one dies', async () => {
    const user = await signUp(server.url, 'Barbara');
    const before = user.cookie;
    const stale = new ApiClient(server.url);
    stale.cookie = before;

    const response = await user.post('/api/auth/login', { email: user.user.email, password: 'correct horse battery' });

    expect(response.status).toBe(200);
    expect(user.cookie).toBeDefined();
    expect(user.cookie).not.toBe(before);
    expect((await stale.get('/api/me')).status).toBe(401);
    expect((await user.get('/api/me')).status).toBe(200);
  });

  it('when a user logs out, then the session is dead on the server even if the cookie is replayed', async () => {
    const user = await signUp(server.url, 'Ken');
    const replay = new ApiClient(server.url);
    replay.cookie = user.cookie;

    const response = await user.post('/api/auth/logout');

    expect(response.status).toBe(204);
    expect((await replay.get('/api/me')).status).toBe(401);
    expect((await replay.get('/api/me')).body.error.code).toBe('UNAUTHENTICATED');
  });

  it('when a user registers, logs in, asks who they are or logs out, then no answer may be stored by any cache', async () => {
    const client = new ApiClient(server.url);
    const email = 'cache@example.test';
    const password = 'correct horse battery';

    const responses = [
      await client.post('/api/auth/register', { email, name: 'Cache', password }),
      await client.post('/api/auth/login', { email, password }),
      await client.get('/api/me'),
      await client.post('/api/auth/logout'),
      await client.get('/api/me'),
    ];

    expect(responses.map((response) => response.status)).toEqual([201, 200, 200, 204, 401]);
    expect(responses.map((response) => response.headers.get('cache-control'))).toEqual(Array(5).fill('no-store'));
  });

  it('when a user logs out, then the browser is told to clear its caches and storage', async () => {
    const user = await signUp(server.url, 'Leaver');

    const response = await user.post('/api/auth/logout');

    expect(response.headers.get('clear-site-data')).toBe('"cache", "storage"');
    expect((await user.get('/api/me')).headers.get('clear-site-data')).toBeNull();
  });

  it('when the passwords table leaks, then it holds scrypt hashes and no token in clear', async () => {
    const user = await signUp(server.url, 'Margaret');
    const token = user.cookie!.split('=')[1]!;

    const row = await server.db.users.findByEmail(user.user.email);

    expect(row?.passwordHash).toMatch(/^scrypt\$16384\$8\$5\$/);
    expect(await server.db.sessions.findUser(token, new Date())).toBeNull();
  });

  it('when a session has expired, then it signs nobody in and the sweep deletes it', async () => {
    const user = await signUp(server.url, 'Expired');
    const tokenHash = createHash('sha256').update('expired-token').digest('hex');
    await server.db.sessions.insert({ id: tokenHash, userId: user.user.id, createdAt: new Date(0), expiresAt: new Date(1000) });
    const client = new ApiClient(server.url);
    client.cookie = 'brisk_session=expired-token';

    const response = await client.get('/api/me');
    const swept = await server.db.sessions.deleteExpired(new Date());

    expect(response.status).toBe(401);
    expect(swept).toBeGreaterThanOrEqual(1);
  });
});
