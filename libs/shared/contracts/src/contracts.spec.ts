import { describe, expect, it } from 'vitest';
import { CreateCardBodySchema, MoveCardBodySchema, RegisterBodySchema, UpdateCardBodySchema } from './index.ts';
import { limits } from './limits.ts';
import { apiRoutes } from './routes.ts';

describe('request schemas', () => {
  it('when a body carries a field the API does not take, then it is rejected (no mass assignment)', () => {
    expect(UpdateCardBodySchema.safeParse({ version: 1, boardId: 'x' }).success).toBe(false);
    expect(CreateCardBodySchema.safeParse({ title: 'ok', position: 'a0' }).success).toBe(false);
  });

  it('when strings run past their caps, then they are rejected', () => {
    expect(CreateCardBodySchema.safeParse({ title: 'x'.repeat(limits.cardTitleMax + 1) }).success).toBe(false);
    expect(CreateCardBodySchema.safeParse({ title: 'x'.repeat(limits.cardTitleMax) }).success).toBe(true);
    expect(RegisterBodySchema.safeParse({ email: 'a@b.co', name: 'A', password: 'short' }).success).toBe(false);
  });

  it('when a move names both neighbours, then it is rejected', () => {
    const id = '01a1ff17-e90f-733c-8890-781156ebd428';

    expect(MoveCardBodySchema.safeParse({ toColumnId: id, afterCardId: id, beforeCardId: id, version: 1 }).success).toBe(false);
    expect(MoveCardBodySchema.safeParse({ toColumnId: id, version: 1 }).success).toBe(true);
  });
});

describe('apiRoutes', () => {
  it('when routes are listed, then every method and path pair is unique and every path param has a schema', () => {
    const routes = Object.values(apiRoutes);
    const keys = routes.map((route) => `${route.method} ${route.path}`);

    expect(new Set(keys).size).toBe(keys.length);
    for (const route of routes) {
      const params = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
      const shape = (route.params as unknown as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
      expect(Object.keys(shape).sort(), route.path).toEqual(params.sort());
    }
  });
});
