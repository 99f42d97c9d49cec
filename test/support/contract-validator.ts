import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Checks one HTTP response against the OpenAPI document the server serves: the route (by path template
 * and method), the status, the content type, the body (JSON Schema, with ajv) and the headers. Used by
 * the contract recorder (contract-recorder.ts) on every response an end-to-end test receives.
 */

/** A response as the recorder saw it. */
export interface SeenResponse {
  method: string;
  /** Path and query, as requested. */
  url: string;
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** Parsed JSON, text (for text/* bodies, possibly only its first record), or undefined (no body read). */
  body: unknown;
}

export interface CheckResult {
  /** `GET /admin/teams/{team_id} 200`, or undefined when the response is out of the document's scope. */
  operation?: string;
  problems: string[];
}

// ajv-formats is CommonJS with a default export under ESM interop.
const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

type Json = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Headers the document must name wherever the server sends them (lower-cased). */
const CONTRACT_HEADERS = [
  'x-request-id',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'retry-after',
  'idempotent-replayed',
  'content-disposition',
];

/** Paths the server answers outside its API routes, which the document leaves out on purpose. */
const OUT_OF_SCOPE = [/^\/uploads\//, /^\/docs(-json)?(\/|$)/];

/** OpenAPI 3.0 schema dialect to JSON Schema: `nullable`, and no keywords ajv would trip on. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, discriminator: _d, example: _e, examples: _x, ...rest } = node as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace(/^#/, 'openapi#');
    else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
    } else out[key] = toJsonSchema(value);
  }
  if (nullable !== true) return out;
  if (typeof out.type === 'string') {
    return {
      ...out,
      type: [out.type, 'null'],
      ...(Array.isArray(out.enum) && !out.enum.includes(null) ? { enum: [...out.enum, null] } : {}),
    };
  }
  return { anyOf: [out, { type: 'null' }] };
}

interface Route {
  path: string;
  segments: string[];
  literals: number;
  item: Json;
}

export class ContractValidator {
  private readonly ajv: Ajv;
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({
      $id: 'openapi',
      components: { schemas: toJsonSchema(document.components?.schemas ?? {}) },
    });
    this.routes = Object.entries(document.paths as Json).map(([path, item]) => {
      const segments = path.split('/').slice(1);
      return { path, segments, literals: segments.filter((s) => !s.startsWith('{')).length, item };
    });
  }

  /** The documented path template for a request path, literal segments winning over parameters. */
  routeOf(path: string): Route | undefined {
    const trimmed = path.length > 1 ? path.replace(/\/$/, '') : path;
    const segments = trimmed.split('/').slice(1);
    return this.routes
      .filter(
        (route) =>
          route.segments.length === segments.length &&
          route.segments.every((s, i) =>
            s.startsWith('{') ? segments[i] !== '' : s.toLowerCase() === segments[i]!.toLowerCase(),
          ),
      )
      .sort((a, b) => b.literals - a.literals)[0];
  }

  check(response: SeenResponse): CheckResult {
    const method = response.method.toUpperCase();
    if (method === 'OPTIONS') return { problems: [] }; // CORS preflights: the cors middleware's, not the API's
    const path = decodedPath(new URL(response.url, 'http://x').pathname);
    const route = this.routeOf(path);
    if (!route) {
      if (OUT_OF_SCOPE.some((pattern) => pattern.test(path))) return { problems: [] };
      // No route: the pipeline's answer (404, or a body refused before routing), always in the envelope.
      return {
        operation: `(no route) ${response.status}`,
        problems: response.status >= 400 ? this.checkEnvelope(response) : [`${path} is not in the document`],
      };
    }
    const documented = METHODS.filter((m) => route.item[m]).map((m) => m.toUpperCase());
    const operation = route.item[method.toLowerCase()] ?? (method === 'HEAD' ? route.item.get : undefined);
    if (!operation) return this.checkMethodNotAllowed(route, documented, response);
    const key = `${method} ${route.path} ${response.status}`;
    const documentedResponse =
      (operation.responses as Json)[String(response.status)] ?? operation.responses.default;
    if (!documentedResponse) {
      return {
        operation: key,
        problems: [
          `status ${response.status} is not documented for ${method} ${route.path} ` +
            `(documented: ${Object.keys(operation.responses).join(', ')})`,
        ],
      };
    }
    return { operation: key, problems: this.checkResponse(key, documentedResponse, response, method) };
  }

  private checkResponse(key: string, documented: Json, response: SeenResponse, method: string): string[] {
    const problems: string[] = [];
    const contentType = (response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const content = (documented.content ?? {}) as Json;
    const media = content[contentType];
    const hasBody = method !== 'HEAD' && response.status !== 204 && response.status !== 304;
    if (Object.keys(content).length === 0) {
      if (hasBody && response.body !== undefined && response.body !== '') {
        problems.push('a body is sent where the document says there is none');
      }
    } else if (!media) {
      problems.push(
        `content type "${contentType}" is not documented (documented: ${Object.keys(content).join(', ')})`,
      );
    } else if (hasBody) {
      problems.push(...this.checkBody(`${key} ${contentType}`, media, contentType, response.body));
    }
    problems.push(...this.checkHeaders(documented.headers ?? {}, response.headers));
    return problems;
  }

  private checkBody(key: string, media: Json, contentType: string, body: unknown): string[] {
    if (contentType === 'application/json') {
      if (body === undefined) return [];
      let schema = media.schema as Json;
      // A union discriminated by `error_code`: check the one branch the body names, for a plain answer.
      const { discriminator } = schema;
      if (discriminator?.mapping && body && typeof body === 'object') {
        const tag = (body as Json)[discriminator.propertyName];
        const branch = discriminator.mapping[tag];
        if (!branch) {
          return [
            `${discriminator.propertyName} ${JSON.stringify(tag)} is not documented for this status ` +
              `(documented: ${Object.keys(discriminator.mapping).join(', ')})`,
          ];
        }
        schema = { $ref: branch };
        key = `${key} ${tag}`;
      }
      const validate = this.validator(key, schema);
      return validate(body) ? [] : [`body does not match the schema: ${describe(validate)}`];
    }
    if (contentType === 'text/csv' && typeof body === 'string' && typeof media.example === 'string') {
      const header = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n')[0];
      return header(body) === header(media.example)
        ? []
        : [`CSV header "${header(body)}" is not the documented "${header(media.example)}"`];
    }
    return []; // binary and text/plain bodies: their content type was checked
  }

  private checkHeaders(documented: Json, headers: Record<string, string>): string[] {
    const problems: string[] = [];
    const names = new Map(Object.keys(documented).map((name) => [name.toLowerCase(), name]));
    for (const [lower, name] of names) {
      const spec = this.resolve(documented[name] as Json);
      const value = headers[lower];
      if (value === undefined) {
        if (spec.required) problems.push(`required header ${name} is missing`);
        continue;
      }
      const schema = (spec.schema ?? {}) as Json;
      const typed = schema.type === 'integer' || schema.type === 'number' ? toNumber(value) : value;
      const validate = this.validator(`header ${JSON.stringify(schema)}`, schema);
      if (!validate(typed)) problems.push(`header ${name}: ${JSON.stringify(value)} ${describe(validate)}`);
    }
    for (const lower of CONTRACT_HEADERS) {
      if (headers[lower] !== undefined && !names.has(lower)) {
        problems.push(`header ${lower} is sent but not documented for this response`);
      }
    }
    return problems;
  }

  /** A path the document has, with a method it has not: 405 METHOD_NOT_ALLOWED, `Allow` listing the documented ones. */
  private checkMethodNotAllowed(route: Route, documented: string[], response: SeenResponse): CheckResult {
    const operation = `${response.method.toUpperCase()} ${route.path} ${response.status}`;
    if (response.status !== 405) {
      // Refused before routing (size, encoding) or 404 from the router for a method it lacks.
      return { operation, problems: this.checkEnvelope(response) };
    }
    const allowed = [...documented, ...(documented.includes('GET') ? ['HEAD'] : [])].sort().join(', ');
    const problems = this.checkEnvelope(response, 'METHOD_NOT_ALLOWED');
    if (response.headers.allow !== allowed) {
      problems.push(`Allow is ${JSON.stringify(response.headers.allow)}, the document says "${allowed}"`);
    }
    return { operation, problems };
  }

  private checkEnvelope(response: SeenResponse, code?: string): string[] {
    if (response.status < 400) return [`status ${response.status} where only errors are possible`];
    if (response.body === undefined && response.method.toUpperCase() === 'HEAD') return [];
    const validate = this.validator('ErrorEnvelope', { $ref: '#/components/schemas/ErrorEnvelope' });
    const problems = validate(response.body) ? [] : [`error body: ${describe(validate)}`];
    const actual = (response.body as Json | undefined)?.error_code;
    if (code && actual !== code) problems.push(`error_code ${actual}, expected ${code}`);
    return problems;
  }

  /** Follows a local `$ref` (`#/components/headers/...`) to what it names. */
  resolve(node: Json): Json {
    if (typeof node.$ref !== 'string') return node;
    return node.$ref
      .slice(2)
      .split('/')
      .reduce((at: Json, key: string) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.document);
  }

  /** A validator for any schema of the document (its `$ref`s resolved against the document). */
  validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Json);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Every documented (operation, status), to report which ones no test received. */
  documentedResponses(): string[] {
    return this.routes.flatMap((route) =>
      METHODS.filter((m) => route.item[m]).flatMap((m) =>
        Object.keys(route.item[m].responses).map((status) => `${m.toUpperCase()} ${route.path} ${status}`),
      ),
    );
  }
}

function toNumber(value: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

export function describe(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 6)
    .map((e) => {
      const extra =
        e.keyword === 'additionalProperties'
          ? ` (${(e.params as { additionalProperty: string }).additionalProperty})`
          : e.keyword === 'enum'
            ? ` (${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)})`
            : '';
      return `${e.instancePath || '(root)'} ${e.message}${extra}`;
    })
    .join('; ');
}

/** The path as the server's router matches it: percent-escapes decoded (`/%61dmin` is `/admin`). */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
