import { describe, expect, it } from 'vitest';
import { requestLogLevel } from './request-logging.ts';

describe('requestLogLevel', () => {
  it('when a response completed, then a 2xx–4xx is info and a 5xx or an error is error', () => {
    expect(requestLogLevel({ statusCode: 200, writableEnded: true }, undefined)).toBe('info');
    expect(requestLogLevel({ statusCode: 404, writableEnded: true }, undefined)).toBe('info');
    expect(requestLogLevel({ statusCode: 503, writableEnded: true }, undefined)).toBe('error');
    expect(requestLogLevel({ statusCode: 200, writableEnded: true }, new Error('boom'))).toBe('error');
  });

  it('when the connection closed before the response was complete, then it is a warning, visible where info is off', () => {
    expect(requestLogLevel({ statusCode: 200, writableEnded: false }, undefined)).toBe('warn');
  });
});
