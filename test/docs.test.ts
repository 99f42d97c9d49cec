import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/common/app-error.js';
import { useTestApp } from './support/test-app.js';
import { register, registrationForm, validFields } from './support/fixtures.js';
import { servedRoutes } from './support/served-routes.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const STATE_CHANGING = ['post', 'put', 'patch', 'delete'];
const ENVELOPE_REF = '#/components/schemas/ErrorEnvelope';

describe('OpenAPI document at /docs-json', () => {
  const server = useTestApp('pglite');
  let doc: any;

  const operations = () =>
    Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => HTTP_METHODS.includes(method))
        .map(([method, op]) => ({ method, path, op })),
    );

  beforeAll(async () => {
    const res = await fetch(`${server.url}/docs-json`);
    expect(res.status).toBe(200);
    doc = await res.json();
  });

  it('is a valid OpenAPI 3 document', async () => {
    expect(doc.openapi).toMatch(/^3\./);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route the app serves, and only those', () => {
    const served = servedRoutes(server.app).filter((r) => !/^\w+ \/docs/.test(r));
    const documented = operations()
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`)
      .sort();
    expect(served).toContain('POST /api/registration');
    expect(documented).toEqual(served);
  });

  it('describes the registration form field by field, with the files as binary', () => {
    const op = doc.paths['/api/registration'].post;
    const schema = op.requestBody.content['multipart/form-data'].schema;
    const textFields = Object.keys(validFields());
    const optional = [
      'vice_captain_name',
      'vice_captain_phone',
      'vice_captain_email',
      'vice_captain_whatsapp',
    ];
    expect(Object.keys(schema.properties).sort()).toEqual(
      [...textFields, ...optional, 'logo', 'payment_receipt'].sort(),
    );
    expect(schema.required.sort()).toEqual([...textFields, 'logo'].sort());
    for (const name of [...textFields, ...optional]) {
      expect(schema.properties[name].type, name).toBe('string');
      expect(schema.properties[name].description ?? schema.properties[name].format, name).toBeTruthy();
    }
    expect(schema.properties.logo).toMatchObject({ type: 'string', format: 'binary' });
    expect(schema.properties.payment_receipt).toMatchObject({ type: 'string', format: 'binary' });
    const players = schema.properties.players['x-json-schema'];
    expect(players).toMatchObject({ type: 'array', minItems: 11, maxItems: 15 });
    expect(Object.keys(players.items.properties).sort()).toEqual(['name', 'phone', 'role']);
    // The example is a form the server accepts.
    expect(JSON.parse(schema.properties.players.example)).toHaveLength(11);
  });

  it('gives the registration success schema and an example for each error it can return', () => {
    const responses = doc.paths['/api/registration'].post.responses;
    expect(responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/RegistrationSuccess',
    );
    expect(responses['200'].content['application/json'].examples.waitlisted.value).toMatchObject({
      success: true,
      status: 'waitlisted',
      waitlist_position: 1,
    });
    const examplesByStatus = Object.fromEntries(
      Object.entries(responses)
        .filter(([status]) => status !== '200')
        .map(([status, r]: [string, any]) => [
          status,
          Object.keys(r.content['application/json'].examples).sort(),
        ]),
    );
    expect(examplesByStatus).toEqual({
      '400': ['VALIDATION_FAILED'],
      '403': ['REGISTRATION_CLOSED'],
      '408': ['REQUEST_TIMEOUT'],
      '409': ['CHURCH_LIMIT_REACHED', 'DUPLICATE_TEAM', 'IDEMPOTENCY_KEY_IN_USE', 'REGISTRATION_FULL'],
      '413': ['FILE_TOO_LARGE', 'PAYLOAD_TOO_LARGE'],
      '415': ['UNSUPPORTED_MEDIA_TYPE'],
      '422': ['IDEMPOTENCY_KEY_MISMATCH'],
      '429': ['RATE_LIMITED'],
      '500': ['INTERNAL_ERROR'],
      '503': ['SERVICE_UNAVAILABLE'],
    });
    const validation = responses['400'].content['application/json'].examples.VALIDATION_FAILED.value;
    expect(Object.keys(validation.details.field_errors).length).toBeGreaterThan(0);
  });

  it('uses the one shared ErrorEnvelope schema for every error, with every error code in its enum', () => {
    expect(doc.components.schemas.ErrorCode.enum).toEqual([...ERROR_CODES]);
    expect(doc.components.schemas.ErrorEnvelope.required.sort()).toEqual(
      ['error_code', 'message', 'request_id', 'success'].sort(),
    );
    // GET /health keeps the FastAPI contract: 503 {"status": "unhealthy"} for monitors, not the envelope.
    const errorResponses = operations()
      .filter(({ path }) => path !== '/health')
      .flatMap(({ op }) => Object.entries(op.responses).filter(([status]) => Number(status) >= 400));
    expect(errorResponses.length).toBeGreaterThan(0);
    for (const [status, response] of errorResponses as [string, any][]) {
      const content = response.content['application/json'];
      expect(content.schema.$ref).toBe(ENVELOPE_REF);
      for (const { value } of Object.values<any>(content.examples)) {
        expect(ERROR_CODES).toContain(value.error_code);
        expect(value).toMatchObject({ success: false, request_id: expect.any(String) });
        expect(response.description, status).toContain(value.error_code);
      }
    }
  });

  it('declares both idempotency headers on every state-changing route', () => {
    const stateChanging = operations().filter(({ method }) => STATE_CHANGING.includes(method));
    expect(stateChanging.length).toBeGreaterThan(0);
    for (const { method, path, op } of stateChanging) {
      const headers = (op.parameters ?? []).filter((p: any) => p.in === 'header').map((p: any) => p.name);
      expect(headers, `${method} ${path}`).toEqual(
        expect.arrayContaining(['Idempotency-Key', 'X-Idempotency-Key']),
      );
    }
  });

  it('declares the admin security schemes: X-API-Key header and bearer', () => {
    const schemes = Object.values(doc.components.securitySchemes);
    expect(schemes).toContainEqual(
      expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-API-Key' }),
    );
    expect(schemes).toContainEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
  });

  it('matches what the server really sends: success and error bodies have the documented properties', async () => {
    const schemas = doc.components.schemas;
    const ok = await register(server.url, registrationForm(validFields()));
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.body).sort()).toEqual(Object.keys(schemas.RegistrationSuccess.properties).sort());

    const bad = await register(server.url, registrationForm(validFields({ captain_email: 'nope' })));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body).sort()).toEqual(Object.keys(schemas.ErrorEnvelope.properties).sort());
    expect(schemas.ErrorCode.enum).toContain(bad.body.error_code);
  });
});
