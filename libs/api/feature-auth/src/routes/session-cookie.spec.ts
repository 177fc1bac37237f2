import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.ts';

/** The cookies a real Express response sets, as the browser would receive them. */
describe('session cookies', () => {
  let baseUrl: string;
  let close: () => void;

  beforeAll(async () => {
    const app = express().set('trust proxy', true);
    app.post('/sign-in', (req, res) => {
      writeSessionCookie(req, res, 'token-1');
      res.end();
    });
    app.post('/sign-out', (req, res) => {
      clearSessionCookie(req, res);
      res.end();
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  async function setCookies(path: string, headers: Record<string, string> = {}): Promise<Record<string, string>> {
    const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers });
    return Object.fromEntries(response.headers.getSetCookie().map((line) => [line.split('=')[0]!, line]));
  }

  it('when a session starts, then a script-readable hint comes with it, with the same lifetime and SameSite', async () => {
    const cookies = await setCookies('/sign-in');

    expect(cookies['brisk_session']).toMatch(/^brisk_session=token-1;.*HttpOnly/);
    expect(cookies['brisk_signed_in']).toMatch(/^brisk_signed_in=1;/);
    expect(cookies['brisk_signed_in']).not.toMatch(/HttpOnly/i);
    for (const cookie of [cookies['brisk_session'], cookies['brisk_signed_in']]) {
      expect(cookie).toMatch(/Max-Age=\d+;/);
      expect(cookie).toMatch(/; Path=\/;/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
    }
    expect(cookies['brisk_signed_in']!.match(/Max-Age=\d+/)?.[0]).toBe(cookies['brisk_session']!.match(/Max-Age=\d+/)?.[0]);
  });

  it('when the request came over HTTPS, then both cookies are Secure', async () => {
    const cookies = await setCookies('/sign-in', { 'x-forwarded-proto': 'https' });

    expect(cookies['brisk_session']).toMatch(/; Secure/);
    expect(cookies['brisk_signed_in']).toMatch(/; Secure/);
  });

  it('when the session ends, then the hint is cleared with it', async () => {
    const cookies = await setCookies('/sign-out');

    expect(cookies['brisk_session']).toMatch(/^brisk_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(cookies['brisk_signed_in']).toMatch(/^brisk_signed_in=;.*Expires=Thu, 01 Jan 1970/);
  });
});
