import { apiRoutes, ErrorBodySchema, type RouteContract } from '@brisk/shared-contracts';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const componentRef = (id: string) => `#/components/schemas/${id}`;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: componentRef(id) };
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

function toParameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || !field.safeParse(undefined).success,
    schema: toSchema(field, 'input'),
  }));
}

function toOperation(name: string, route: RouteContract) {
  const errorResponse = { description: 'Error', content: { 'application/json': { schema: toSchema(ErrorBodySchema, 'output') } } };
  return {
    operationId: name,
    summary: route.summary,
    ...(route.access === 'public' ? { security: [] } : {}),
    parameters: [...toParameters(route.params, 'path'), ...toParameters(route.query, 'query')],
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } } }
      : {}),
    responses: {
      [route.status]: route.response
        ? { description: 'OK', content: { 'application/json': { schema: toSchema(route.response, 'output') } } }
        : { description: 'No content' },
      '4XX': errorResponse,
      '5XX': errorResponse,
    },
  };
}

/** OpenAPI 3.1 generated from the contract table: the same zod schemas that validate requests describe them here. */
export function createOpenApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(apiRoutes) as [string, RouteContract][]) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: toOperation(name, route) };
  }
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri: componentRef, unrepresentable: 'any' }) as {
    schemas: Record<string, JsonSchema>;
  };
  for (const schema of Object.values(schemas)) {
    delete schema['$schema'];
    delete schema['$id'];
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Brisk API', version },
    components: {
      schemas,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'brisk_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
