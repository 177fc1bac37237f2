import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppRoutes } from '../router.tsx';
import { dropSignedInHint } from './signed-in-hint.ts';
import { sendSignedOutVisitToLogin } from './signed-out-visit.ts';

function visit(path: string): string {
  window.history.replaceState(null, '', path);
  sendSignedOutVisitToLogin(createAppRoutes(new QueryClient()));
  return window.location.pathname + window.location.search;
}

afterEach(() => {
  dropSignedInHint();
});

describe('sendSignedOutVisitToLogin', () => {
  it('when a visitor without the hint opens a signed-in page, then the visit starts on the login page with the way back', () => {
    expect(visit('/b/42?tab=1')).toBe('/login?next=%2Fb%2F42%3Ftab%3D1');
    expect(visit('/')).toBe('/login?next=%2F');
  });

  it('when a visitor without the hint opens a sign-in page, then it stays there', () => {
    expect(visit('/register')).toBe('/register');
  });

  it('when the signed-in hint is there, then the visit goes where it was headed', () => {
    document.cookie = 'brisk_signed_in=1';

    expect(visit('/b/42')).toBe('/b/42');
  });
});
