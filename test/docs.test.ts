import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ERROR_CODES, type ErrorCode } from '../src/common/app-error.js';
import { loadConfig } from '../src/config/app-config.js';
import { DOCUMENT_FIELDS } from '../src/teams/documents.js';
import { REQUIRED_BY_DEFAULT } from '../src/teams/team-form.docs.js';
import { useTestApp } from './support/test-app.js';
import { register, registrationForm, validFields } from './support/fixtures.js';
import { servedRoutes } from './support/served-routes.js';
import { ContractValidator, describe as describeErrors } from './support/contract-validator.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const STATE_CHANGING = ['post', 'put', 'patch', 'delete'];
const SCHEMA_REF = /^#\/components\/schemas\/(\w+)$/;
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('OpenAPI document at /docs-json', () => {
  const server = useTestApp('pglite');
  let doc: any;

  const operations = () =>
    Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => HTTP_METHODS.includes(method))
        .map(([method, op]) => ({ method, path, op, name: `${method.toUpperCase()} ${path}` })),
    );
  const responses = () =>
    operations().flatMap(({ name, op }) =>
      Object.entries(op.responses as Record<string, any>).map(([status, response]) => ({
        name: `${name} ${status}`,
        status: Number(status),
        response,
        op,
      })),
    );
  /** The error codes a response's schema allows: one code schema, or a oneOf of them. */
  const codesOf = (schema: any): ErrorCode[] =>
    (schema.oneOf ?? [schema]).map((s: any) => {
      const name = SCHEMA_REF.exec(s.$ref)![1]!;
      return doc.components.schemas[name].allOf[1].properties.error_code.enum[0];
    });

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
      .map(({ name }) => name)
      .sort();
    expect(served).toContain('POST /api/registration');
    expect(documented).toEqual(served);
  });

  it('says who it is from, where it is served and how it is organised', () => {
    expect(doc.info).toMatchObject({ version: PACKAGE.version, license: { name: PACKAGE.license } });
    expect(doc.info.contact.name).toEqual(expect.any(String));
    // API_URL of the test app (test-app.ts).
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'http://uploads.test' })]);
    const tags = (doc.tags as { name: string; description: string }[]).map((t) => t.name);
    for (const tag of doc.tags) expect(tag.description, tag.name).toBeTruthy();
    for (const { name, op } of operations()) {
      expect(op.tags, name).toHaveLength(1);
      expect(tags, name).toContain(op.tags[0]);
      expect(op.tags[0], name).toMatch(/^[A-Z][a-z]+$/);
      expect(op.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.description, name).toBeTruthy();
    }
  });

  it('marks public routes `security: []` and admin routes with both admin schemes', () => {
    const schemes = doc.components.securitySchemes;
    expect(Object.values(schemes)).toContainEqual(
      expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-API-Key' }),
    );
    expect(Object.values(schemes)).toContainEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
    for (const { path, name, op } of operations()) {
      if (path.startsWith('/admin') || /^\/legacy\/(admin|api\/teams)/.test(path)) {
        expect(op.security, name).toEqual(Object.keys(schemes).map((scheme) => ({ [scheme]: [] })));
      } else {
        expect(op.security, name).toEqual([]);
      }
    }
  });

  it('describes the registration form field by field: files as binary, players as an array of players', () => {
    const op = doc.paths['/api/registration'].post;
    const ref = op.requestBody.content['multipart/form-data'].schema.$ref;
    const schema = doc.components.schemas[SCHEMA_REF.exec(ref)![1]!];
    const textFields = Object.keys(validFields()).filter((f) => f !== 'players');
    const optional = [
      'vice_captain_name',
      'vice_captain_phone',
      'vice_captain_email',
      'vice_captain_whatsapp',
    ];
    // Every document field, generated from the kinds: `pastor_letter`, `players[14].consent_form`, ...
    expect(Object.keys(schema.properties).sort()).toEqual(
      [...textFields, ...optional, 'players', ...DOCUMENT_FIELDS].sort(),
    );
    expect(DOCUMENT_FIELDS).toEqual(expect.arrayContaining(['pastor_letter', 'players[14].consent_form']));
    expect(schema.required.sort()).toEqual([...textFields, 'players', 'logo'].sort());
    for (const name of [...textFields, ...optional]) {
      expect(schema.properties[name].type, name).toBe('string');
      expect(schema.properties[name].maxLength, name).toBeGreaterThan(0);
      expect(schema.properties[name].description ?? schema.properties[name].format, name).toBeTruthy();
    }
    // Swagger UI's "Try it out" leaves optional fields blank rather than inventing a vice-captain.
    for (const name of optional) expect(schema.properties[name].example, name).toBe('');
    expect(schema.properties.logo).toMatchObject({ type: 'string', format: 'binary' });
    for (const field of DOCUMENT_FIELDS) {
      expect(schema.properties[field], field).toMatchObject({ type: 'string', format: 'binary' });
      expect(schema.properties[field].description, field).toMatch(
        /(Required|Optional) by default: REQUIRED_DOCUMENTS/,
      );
    }
    // What the docs call required by default is REQUIRED_DOCUMENTS' default.
    expect(REQUIRED_BY_DEFAULT).toEqual(loadConfig({}).documents.required.native);
    const players = schema.properties.players;
    expect(players).toMatchObject({ type: 'array', minItems: 11, maxItems: 15 });
    const player = doc.components.schemas[SCHEMA_REF.exec(players.items.$ref)![1]!];
    expect(Object.keys(player.properties).sort()).toEqual(['name', 'phone', 'role']);
    expect(players.example).toHaveLength(11);
  });

  it('types every query parameter', () => {
    const params = operations().flatMap(({ name, op }) =>
      (op.parameters ?? []).map((p: any) => ({ where: `${name} ${p.in} ${p.name}`, p })),
    );
    for (const name of ['church', 'q', 'token', 'page', 'limit', 'status', 'sort']) {
      expect(params.map(({ p }) => p.name)).toContain(name);
    }
    for (const { where, p } of params) {
      const schema = p.schema.$ref ? doc.components.schemas[SCHEMA_REF.exec(p.schema.$ref)![1]!] : p.schema;
      expect(['string', 'integer'], where).toContain(schema.type);
    }
  });

  it('gives every success a named schema with its required fields and an example', () => {
    const successes = responses().filter(({ status }) => status < 300);
    expect(successes.length).toBe(operations().length);
    for (const { name, response } of successes) {
      const [type, media] = Object.entries(response.content as Record<string, any>)[0]!;
      if (type !== 'application/json') {
        expect(media.schema.type, name).toBe('string');
        continue;
      }
      const component = SCHEMA_REF.exec(media.schema.$ref)?.[1];
      expect(component, name).toBeDefined();
      const schema = doc.components.schemas[component!];
      expect(schema.required.length, name).toBeGreaterThan(0);
      expect(schema.additionalProperties, name).toBe(false);
      expect(media.example ?? media.examples, name).toBeDefined();
    }
  });

  it('has no untyped object anywhere: every object names its properties or what its values are', () => {
    const walk = (node: any, at: string): void => {
      if (!node || typeof node !== 'object') return;
      if (node.type === 'object' && !node.properties && !node.additionalProperties && !node.allOf) {
        throw new Error(`untyped object at ${at}`);
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${at}/${key}`);
    };
    walk(doc.components.schemas, '#/components/schemas');
    walk(doc.paths, '#/paths');
  });

  it('documents the CSV export: text/csv, a file name and its columns', () => {
    const ok = doc.paths['/admin/teams/export.csv'].get.responses['200'];
    expect(Object.keys(ok.content)).toEqual(['text/csv']);
    expect(ok.headers['Content-Disposition']).toMatchObject({ required: true });
    const header = ok.content['text/csv'].example.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header.split(',')).toContain('player_name');
  });

  it('gives each error status only the codes of that status, each with its example', () => {
    for (const { name, status, response } of responses().filter(({ status: s }) => s >= 400)) {
      const media = response.content['application/json'];
      if (name === 'GET /health 503') {
        // The FastAPI contract for monitors: {"status": "unhealthy"}, not the envelope.
        expect(media.schema.$ref).toBe('#/components/schemas/Unhealthy');
        continue;
      }
      const codes = codesOf(media.schema);
      expect(codes.length, name).toBeGreaterThan(0);
      for (const code of codes) {
        expect(ERROR_CATALOGUE[code].status, `${name} ${code}`).toBe(status);
        expect(media.examples[code].value, `${name} ${code}`).toMatchObject({
          success: false,
          error_code: code,
        });
        expect(response.description, name).toContain(code);
      }
      if (codes.length > 1) expect(media.schema.discriminator.propertyName).toBe('error_code');
    }
  });

  it('lists the errors of registration by status', () => {
    const byStatus = Object.fromEntries(
      Object.entries(doc.paths['/api/registration'].post.responses as Record<string, any>)
        .filter(([status]) => status !== '200')
        .map(([status, r]) => [status, codesOf(r.content['application/json'].schema).sort()]),
    );
    expect(byStatus).toEqual({
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
  });

  it('has one ErrorEnvelope that every code schema narrows, with `details` typed per code', () => {
    const schemas = doc.components.schemas;
    expect(schemas.ErrorCode.enum).toEqual([...ERROR_CODES]);
    expect(schemas.ErrorEnvelope.required.sort()).toEqual(['error_code', 'message', 'request_id', 'success']);
    const detailsOf = (code: ErrorCode) => schemas[`${toPascal(code)}Error`]?.allOf[1].properties.details;
    expect(detailsOf('VALIDATION_FAILED').$ref).toBe('#/components/schemas/FieldErrorsDetails');
    expect(detailsOf('REGISTRATION_CLOSED').$ref).toBe('#/components/schemas/RegistrationWindowDetails');
    expect(detailsOf('PAYLOAD_TOO_LARGE').$ref).toBe('#/components/schemas/PayloadTooLargeDetails');
    expect(detailsOf('INVALID_STATUS_TRANSITION').$ref).toBe('#/components/schemas/StatusTransitionDetails');
    expect(detailsOf('REGISTRATION_FULL').$ref).toBe('#/components/schemas/RegistrationFullDetails');
    for (const name of Object.keys(schemas).filter((n) => n.endsWith('Error'))) {
      expect(schemas[name].allOf[0].$ref, name).toBe('#/components/schemas/ErrorEnvelope');
    }
  });

  it('has examples that match their schemas', () => {
    const check = new ContractValidator(doc);
    for (const { name, response } of responses()) {
      for (const [type, media] of Object.entries<any>(response.content ?? {})) {
        if (type !== 'application/json') continue;
        const validate = check.validator(`${name} ${type}`, media.schema);
        const examples = media.examples
          ? Object.values<any>(media.examples).map((e) => e.value)
          : [media.example];
        for (const example of examples)
          expect(validate(example), `${name}: ${describeErrors(validate)}`).toBe(true);
      }
    }
  });

  it('declares the headers the server sends: request id everywhere, rate limits, retries, replays', () => {
    const check = new ContractValidator(doc);
    const header = (response: any, name: string) =>
      response.headers[name] && check.resolve(response.headers[name]);
    for (const { name, status, response, op } of responses()) {
      expect(header(response, 'X-Request-Id'), name).toMatchObject({ required: true });
      const limited = '429' in op.responses;
      if (limited) {
        for (const rateLimit of ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']) {
          expect(header(response, rateLimit), `${name} ${rateLimit}`).toMatchObject({
            required: status < 300,
          });
        }
      }
      if (status === 429) expect(header(response, 'Retry-After'), name).toMatchObject({ required: true });
    }
    expect(doc.paths['/health'].get.responses['429']).toBeUndefined();
    // /health runs without the request timeout: its ping has its own 1 s bound.
    expect(doc.paths['/health'].get.responses['408']).toBeUndefined();
    const replayed = header(doc.paths['/api/registration'].post.responses['200'], 'Idempotent-Replayed');
    expect(replayed.schema).toEqual({ type: 'string', enum: ['true'] });
  });

  it('declares both idempotency headers on every state-changing route', () => {
    const stateChanging = operations().filter(({ method }) => STATE_CHANGING.includes(method));
    expect(stateChanging.length).toBeGreaterThan(0);
    for (const { name, op } of stateChanging) {
      const headers = (op.parameters ?? []).filter((p: any) => p.in === 'header').map((p: any) => p.name);
      expect(headers, name).toEqual(expect.arrayContaining(['Idempotency-Key', 'X-Idempotency-Key']));
    }
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

function toPascal(code: string): string {
  return code
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
