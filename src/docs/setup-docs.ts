import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  SwaggerModule,
  type HeadersObject,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
} from '@nestjs/swagger';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { ErrorCode } from '../common/app-error.js';
import {
  ADMIN_API_KEY_SCHEME,
  ADMIN_BEARER_SCHEME,
  ERROR_CODES_EXTENSION,
  errorResponses,
} from './decorators.js';
import './error-envelope.schema.js';
import {
  headerComponentKey,
  headerComponents,
  RATE_LIMIT_HEADERS,
  type ResponseHeaderName,
} from './headers.js';
import { declaredSchemas } from './schemas.js';
import { downloadUrl, requiredFileMessage } from './swagger-ui-plugins.js';

interface PackageInfo {
  version: string;
  license?: string;
  author?: string | { name?: string; email?: string; url?: string };
  homepage?: string;
}

/** `src/docs` and `dist/docs` sit at the same depth below the package root. */
const PACKAGE = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as PackageInfo;

export const DOCS_PATH = 'docs';

/** One tag per operation, in the order Swagger UI shows them. */
export const TAGS = {
  Registration:
    'The public form: register a team, and whether registration is open and how many places are left',
  Captain:
    "The captain's private link from the confirmation email (`?token=`): see, correct or withdraw the registration",
  Admin:
    'For the people who review teams: list, inspect, approve or reject, export and count. Needs an admin key.',
  Files: 'Private files (payment receipts) kept on local disk, through the signed links the team views give',
  Operations: 'For load balancers, operators and dashboards: liveness, status and Prometheus metrics',
  Legacy:
    "The compatibility API: the FastAPI backend's routes and shapes for the existing front-end, under " +
    'LEGACY_API_PREFIX (`/legacy`), on the same rules; its admin and team routes need an admin key',
} as const;

export type DocsTag = keyof typeof TAGS;

const DESCRIPTION = `Team registration for ICCT26, a church cricket tournament.

**Errors.** Every error has the same body, the \`ErrorEnvelope\` schema: branch on \`error_code\` (which also fixes
the shape of \`details\`), show \`message\`, and quote \`request_id\` (also the \`X-Request-Id\` header of every
response) when reporting a problem. Each operation lists the codes it can answer, by status. A known path asked
with a method it does not have answers \`405 METHOD_NOT_ALLOWED\` with \`Allow\` listing the methods it has; an
unknown path \`404 NOT_FOUND\`.

**Retries.** State-changing requests accept an \`Idempotency-Key\` header so that retrying after a network
failure never registers a team twice; a replayed answer carries \`Idempotent-Replayed: true\`.

**Limits.** Requests are rate-limited per client IP and route (\`RateLimit-*\` headers; \`429 RATE_LIMITED\` with
\`Retry-After\` past the limit); \`GET /health\` never is.`;

function contactOf(author: PackageInfo['author']): { name: string; url?: string; email?: string } {
  if (typeof author === 'string') {
    // npm's "Name <email> (url)" shorthand
    const match = /^([^<(]+?)\s*(?:<([^>]+)>)?\s*(?:\(([^)]+)\))?$/.exec(author);
    return { name: match?.[1] ?? author, email: match?.[2], url: match?.[3] };
  }
  return { name: author?.name ?? 'ICCT26', email: author?.email, url: author?.url ?? PACKAGE.homepage };
}

/**
 * Serves Swagger UI at `/docs` and the OpenAPI 3 document at `/docs-json`, with Swagger UI's assets
 * from the installed package (no CDN). The document is built on first request from the controllers'
 * decorators, so every route is described where it is declared; `finishDocument` then adds what every
 * operation shares (the component schemas, common response headers, `security: []` on public routes).
 */
export function setupDocs(app: INestApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  const contact = contactOf(PACKAGE.author);
  let builder = new DocumentBuilder()
    .setTitle('ICCT26 registration API')
    .setDescription(DESCRIPTION)
    .setVersion(PACKAGE.version)
    .setLicense(PACKAGE.license ?? 'UNLICENSED', `https://spdx.org/licenses/${PACKAGE.license ?? 'MIT'}.html`)
    .addServer(config.http.publicUrl, `This API (API_URL), ENVIRONMENT=${config.environment}`)
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'One of the keys in ADMIN_API_KEYS' },
      ADMIN_API_KEY_SCHEME,
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'API key',
        description: 'One of the keys in ADMIN_API_KEYS, as a bearer token',
      },
      ADMIN_BEARER_SCHEME,
    );
  for (const [name, description] of Object.entries(TAGS)) builder = builder.addTag(name, description);
  const info = builder.build();
  info.info.contact = Object.fromEntries(Object.entries(contact).filter(([, v]) => v));
  // Who it is for: the public (captains) as well as the admins.
  for (const server of info.servers ?? []) Object.assign(server, { 'x-internal': false });
  SwaggerModule.setup(
    DOCS_PATH,
    app,
    () => finishDocument(SwaggerModule.createDocument(app, info, { autoTagControllers: false })),
    {
      jsonDocumentUrl: `${DOCS_PATH}-json`,
      raw: ['json'],
      customSiteTitle: 'ICCT26 registration API',
      swaggerOptions: {
        persistAuthorization: true,
        displayRequestDuration: true,
        plugins: [downloadUrl, requiredFileMessage],
      },
    },
  );
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** What every operation shares, added once here rather than on each route. */
export function finishDocument(document: OpenAPIObject): OpenAPIObject {
  const used = new Map<string, [ResponseHeaderName, boolean]>();
  const sharedHeader = (name: ResponseHeaderName, required: boolean) => {
    const key = headerComponentKey(name, required);
    used.set(key, [name, required]);
    return { $ref: `#/components/headers/${key}` };
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) finishOperation(operation, sharedHeader);
    }
  }
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...declaredSchemas() },
    headers: headerComponents([...used.values()]),
  };
  return document;
}

/** Headers many responses share are declared once under `components.headers`, and referred to. */
type SharedHeader = (name: ResponseHeaderName, required: boolean) => { $ref: string };

function finishOperation(operation: OperationObject, sharedHeader: SharedHeader): void {
  const extended: OperationObject & { [ERROR_CODES_EXTENSION]?: ErrorCode[] } = operation;
  const listed = extended[ERROR_CODES_EXTENSION];
  if (listed) {
    delete extended[ERROR_CODES_EXTENSION];
    for (const [status, response] of errorResponses(listed)) operation.responses[status] ??= response;
  }
  // A route with no security requirement is public, and says so.
  operation.security ??= [];
  if (operation.parameters?.length === 0) delete operation.parameters;
  const rateLimited = '429' in operation.responses;
  const idempotent = (operation.parameters ?? []).some(
    (p) => (p as ParameterObject).in === 'header' && (p as ParameterObject).name === 'Idempotency-Key',
  );
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!response || '$ref' in response) continue;
    const success = status.startsWith('2');
    const headers: HeadersObject = { 'X-Request-Id': sharedHeader('X-Request-Id', true) };
    // Every answer that got as far as the rate limit says how much is left: all the successes.
    if (rateLimited) {
      for (const name of RATE_LIMIT_HEADERS) headers[name] = sharedHeader(name, success);
    }
    if (idempotent && (success || status.startsWith('4'))) {
      headers['Idempotent-Replayed'] = sharedHeader('Idempotent-Replayed', false);
    }
    headers['Access-Control-Allow-Origin'] = sharedHeader('Access-Control-Allow-Origin', false);
    response.headers = { ...headers, ...response.headers };
  }
}
