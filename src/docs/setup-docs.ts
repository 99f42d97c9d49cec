import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ADMIN_API_KEY_SCHEME, ADMIN_BEARER_SCHEME } from './decorators.js';
import { ErrorEnvelopeDto } from './error-envelope.schema.js';

/** `src/docs` and `dist/docs` sit at the same depth below the package root. */
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const DOCS_PATH = 'docs';

const DESCRIPTION = `Team registration for ICCT26, a church cricket tournament.

Every error has the same body, the \`ErrorEnvelope\` schema: branch on \`error_code\`, show \`message\`,
and quote \`request_id\` when reporting a problem. State-changing requests accept an
\`Idempotency-Key\` header so that retrying after a network failure never registers a team twice.`;

/**
 * Serves Swagger UI at `/docs` and the OpenAPI 3 document at `/docs-json`, with Swagger UI's assets
 * from the installed package (no CDN). The document is built on first request from the controllers'
 * decorators, so every route is described where it is declared.
 */
export function setupDocs(app: INestApplication): void {
  const info = new DocumentBuilder()
    .setTitle('ICCT26 registration API')
    .setDescription(DESCRIPTION)
    .setVersion(version)
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
    )
    .build();
  SwaggerModule.setup(
    DOCS_PATH,
    app,
    () => SwaggerModule.createDocument(app, info, { extraModels: [ErrorEnvelopeDto] }),
    {
      jsonDocumentUrl: `${DOCS_PATH}-json`,
      raw: ['json'],
      customSiteTitle: 'ICCT26 registration API',
      swaggerOptions: { persistAuthorization: true, displayRequestDuration: true },
    },
  );
}
