import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RegisterBodySchema } from './auth.ts';
import { apiRoutes } from './routes.ts';
import type { RouteContract } from './route.ts';

const zodDefault = /^(Too small|Too big|Invalid|Expected|Unrecognized)/;

/** Wrong types, empty and blank text, runaway lengths and lists, and nested junk: what forms and scripts get wrong. */
const badValues: unknown[] = [
  undefined,
  null,
  true,
  42,
  -1,
  1.5,
  '',
  '   ',
  'x',
  'x'.repeat(20_000),
  [],
  [42],
  [''],
  ['x'.repeat(100)],
  Array.from({ length: 100 }, (_, index) => `item ${index}`),
  {},
  [{}],
  [{ name: '', color: 'neon' }],
  [{ name: 'Bug', color: 'red' }, { name: 'bug', color: 'blue' }],
];

function badInputs(schema: z.ZodType): unknown[] {
  const fields = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  return [null, 'text', [], {}, { unexpected: 1 }, ...fields.flatMap((field) => badValues.map((value) => ({ [field]: value })))];
}

function messagesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const requestSchemas = (Object.entries(apiRoutes) as [string, RouteContract][]).flatMap(([name, route]) =>
  (['params', 'query', 'body'] as const).flatMap((part) => (route[part] ? [[`${name} ${part}`, route[part]] as const] : [])),
);

describe('request field messages', () => {
  it("when zod's own message comes through, then the check recognizes it", () => {
    expect(messagesOf(z.strictObject({ password: z.string().min(8) }), { password: 'x', extra: 1 })).toEqual([
      expect.stringMatching(/^password: Too small/),
      expect.stringMatching(/^: Unrecognized key/),
    ]);
  });

  it.each(requestSchemas)('when %s is sent bad values, then every message is written for a person', (_name, schema) => {
    const messages = badInputs(schema).flatMap((value) => messagesOf(schema, value));

    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => zodDefault.test(message.replace(/^[\w.]*: /, '')))).toEqual([]);
  });

  it('when a password is too short, then the message says how long it must be', () => {
    const messages = messagesOf(RegisterBodySchema, { email: 'ada@example.test', name: 'Ada', password: 'short' });

    expect(messages).toEqual(['password: Use at least 8 characters']);
  });
});
