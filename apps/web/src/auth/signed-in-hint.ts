/**
 * The API sets this cookie beside the HttpOnly session cookie and clears it with it (libs/api/feature-auth,
 * session-cookie.ts). It only says a session probably exists; the API still decides.
 */
const hintCookie = 'brisk_signed_in';

export function hasSignedInHint(): boolean {
  return document.cookie.split('; ').includes(`${hintCookie}=1`);
}

/** For a hint that outlived its session: the next visit then goes to the login page without asking the API. */
export function dropSignedInHint(): void {
  document.cookie = `${hintCookie}=; Max-Age=0; Path=/; SameSite=Lax`;
}
