/**
 * Where to go after signing in. Only paths inside this app: "//evil.example" and "/\evil.example" are protocol-relative
 * URLs that would leave the site, and going back to the sign-in pages would be a loop.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/^\/(login|register)(?:[/?#]|$)/.test(next)) return '/';
  return next;
}
