/**
 * Signs in over HTTP like a user and returns the `Cookie` header value for later requests: every cookie the sign-in
 * set, the session and the SPA's signed-in hint (without the hint the app sends a browser to its login page).
 */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('brisk_session='));
  if (!response.ok || !session) throw new Error(`sign-in at ${origin} failed with ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}
