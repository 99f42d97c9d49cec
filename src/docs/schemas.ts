import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';

/**
 * The document's named component schemas, and small builders for them. A `*.docs.ts` file declares the
 * shapes its routes answer with `component(name, schema)` at load time (when its controller is
 * imported); `setupDocs` puts every declared one under `components.schemas`. Every response object is
 * closed (`additionalProperties: false`) and bounded, so the contract test (test/contract-check.ts)
 * fails on a field the document does not name, and a generated client gets exact types.
 */
export type Schema = SchemaObject | ReferenceObject;

const declared = new Map<string, SchemaObject>();

export function schemaRef(name: string): ReferenceObject {
  return { $ref: `#/components/schemas/${name}` };
}

/** Declares (once; the same name twice must be the same schema) a named schema and returns its `$ref`. */
export function component(name: string, schema: SchemaObject): ReferenceObject {
  const existing = declared.get(name);
  if (existing && JSON.stringify(existing) !== JSON.stringify(schema)) {
    throw new Error(`Two different OpenAPI schemas are named ${name}`);
  }
  declared.set(name, schema);
  return schemaRef(name);
}

/** Declares every schema of a table of them (shapes kept beside the code they describe, in teams/). */
export function components(schemas: Record<string, SchemaObject>): void {
  for (const [name, schema] of Object.entries(schemas)) component(name, schema);
}

export function declaredSchemas(): Record<string, SchemaObject> {
  return Object.fromEntries([...declared].sort(([a], [b]) => a.localeCompare(b)));
}

/** Largest value of a 32-bit signed integer: the bound of every count. */
export const INT32_MAX = 2_147_483_647;

export function int32(minimum = 0, maximum = INT32_MAX, extra: SchemaObject = {}): SchemaObject {
  return { type: 'integer', format: 'int32', minimum, maximum, ...extra };
}

export function text(maxLength: number, extra: SchemaObject = {}): SchemaObject {
  return { type: 'string', maxLength, ...extra };
}

export const DATE_TIME: SchemaObject = {
  type: 'string',
  format: 'date-time',
  maxLength: 30,
  example: '2026-01-10T03:30:05.120Z',
};

export function nullable(schema: SchemaObject): SchemaObject {
  return { ...schema, nullable: true };
}

/** A boolean that is always the one value (`success: true` / `false`). */
export function constant(value: boolean | string): SchemaObject {
  return typeof value === 'boolean' ? { type: 'boolean', enum: [value] } : { type: 'string', enum: [value] };
}

/**
 * A closed object: no property but these, and every one required except those in `optional`
 * (a `null` value is still "present": nullable properties stay required).
 */
export function object(
  properties: Record<string, Schema>,
  { optional = [], ...extra }: SchemaObject & { optional?: string[] } = {},
): SchemaObject {
  const required = Object.keys(properties).filter((name) => !optional.includes(name));
  return {
    type: 'object',
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    properties,
    ...extra,
  };
}
