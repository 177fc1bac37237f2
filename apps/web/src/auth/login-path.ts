/** The login page, told to come back to `path` (pathname + search) once signed in. */
export function loginPath(path: string): string {
  return `/login?${new URLSearchParams({ next: path })}`;
}
