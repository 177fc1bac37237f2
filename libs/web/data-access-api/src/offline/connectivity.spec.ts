import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOffline, noteAnswer, noteRequestSent } from './connectivity.ts';

afterEach(() => {
  noteAnswer(noteRequestSent(), true);
  vi.unstubAllGlobals();
});

describe('connectivity', () => {
  it('when the browser says it is offline, then the app is offline', () => {
    vi.stubGlobal('navigator', { onLine: false });

    expect(isOffline()).toBe(true);
  });

  it('when an answer did not come from the server, then the app is offline until a later request reaches it', () => {
    vi.stubGlobal('navigator', { onLine: true });

    noteAnswer(noteRequestSent(), false);
    const whileCut = isOffline();
    noteAnswer(noteRequestSent(), true);

    expect(whileCut).toBe(true);
    expect(isOffline()).toBe(false);
  });

  it('when a request sent before a copy was served answers late from the server, then the app stays offline', () => {
    vi.stubGlobal('navigator', { onLine: true });
    const session = noteRequestSent();
    const board = noteRequestSent();

    noteAnswer(board, false);
    noteAnswer(session, true);

    expect(isOffline()).toBe(true);
  });
});
