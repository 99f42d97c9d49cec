import createClient from 'openapi-fetch';
import type { components, paths } from './openapi.js';

/**
 * A small, strict client of the whole API, written only from the generated types (openapi.d.ts, made by
 * openapi-typescript from /docs-json) with openapi-fetch, as a front-end developer would: every route,
 * every error narrowed by `error_code`, no casts, no `any`. It must compile against freshly generated
 * types (test/client.test.ts), so a change of the document that breaks a client breaks the build, and
 * the test runs it against the app, so its responses also pass through the contract check.
 */

export type Schemas = components['schemas'];

/** Every error body an operation can answer with (METHOD_NOT_ALLOWED is no operation's). */
export type ApiError =
  | Schemas['ValidationFailedError']
  | Schemas['UnauthorizedError']
  | Schemas['NotFoundError']
  | Schemas['RequestTimeoutError']
  | Schemas['RegistrationClosedError']
  | Schemas['LinkInvalidError']
  | Schemas['DuplicateTeamError']
  | Schemas['ChurchLimitReachedError']
  | Schemas['RegistrationFullError']
  | Schemas['InvalidStatusTransitionError']
  | Schemas['IdempotencyKeyInUseError']
  | Schemas['IdempotencyKeyMismatchError']
  | Schemas['PayloadTooLargeError']
  | Schemas['FileTooLargeError']
  | Schemas['UnsupportedMediaTypeError']
  | Schemas['RateLimitedError']
  | Schemas['InternalErrorError']
  | Schemas['ServiceUnavailableError'];

export type Outcome<T> =
  | { ok: true; value: T; requestId: string }
  | {
      ok: false;
      status: number;
      code: ApiError['error_code'] | 'UNHEALTHY';
      advice: string;
      requestId: string;
    };

function unreachable(value: never): never {
  throw new Error(`unexpected: ${JSON.stringify(value)}`);
}

function fieldList(fieldErrors: Schemas['FieldErrors']): string {
  return Object.entries(fieldErrors)
    .map(([field, problem]) => `${field} ${problem}`)
    .join('; ');
}

/** What to tell a person, for every error code: exhaustive, so an undocumented new code does not compile. */
export function explain(error: ApiError): string {
  switch (error.error_code) {
    case 'VALIDATION_FAILED':
      return error.details ? `Please correct: ${fieldList(error.details.field_errors)}` : error.message;
    case 'FILE_TOO_LARGE':
      return `A file is too large: ${fieldList(error.details.field_errors)}`;
    case 'PAYLOAD_TOO_LARGE':
      return `The request is too large${error.details ? ` (at most ${error.details.max_bytes} bytes)` : ''}`;
    case 'REGISTRATION_CLOSED': {
      const { opens_at: opens, closes_at: closes } = error.details;
      return `Registration is closed (window: ${opens ?? 'always'} to ${closes ?? 'no end'})`;
    }
    case 'REGISTRATION_FULL':
      return `All ${error.details.max_teams ?? ''} places are taken`.replace('  ', ' ');
    case 'INVALID_STATUS_TRANSITION':
      return `Not possible while the team is ${error.details.current_status}${
        error.details.requested_status ? ` (asked: ${error.details.requested_status})` : ''
      }`;
    case 'DUPLICATE_TEAM':
      return 'A team of that name is already registered: choose another name';
    case 'CHURCH_LIMIT_REACHED':
      return 'Your church has registered as many teams as it may';
    case 'IDEMPOTENCY_KEY_IN_USE':
    case 'RATE_LIMITED':
    case 'SERVICE_UNAVAILABLE':
    case 'REQUEST_TIMEOUT':
      return `Please try again shortly (${error.error_code})`;
    case 'IDEMPOTENCY_KEY_MISMATCH':
      return 'This retry differs from the first request: start a new submission';
    case 'UNAUTHORIZED':
      return 'Sign in again with a valid admin key';
    case 'NOT_FOUND':
      return 'No such team (or the link is wrong)';
    case 'LINK_INVALID':
      return 'This file link has expired: open the team again for a fresh one';
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'INTERNAL_ERROR':
      return `Something went wrong; quote ${error.request_id}`;
    default:
      return unreachable(error);
  }
}

function failed(response: Response, error: ApiError, advice = explain(error)): Outcome<never> {
  return { ok: false, status: response.status, code: error.error_code, advice, requestId: error.request_id };
}

function succeeded<T>(response: Response, value: T): Outcome<T> {
  return { ok: true, value, requestId: response.headers.get('X-Request-Id') ?? '' };
}

/** The form as one multipart body: `players` as one JSON field, files as files. */
function formData(form: Partial<Schemas['RegistrationForm']>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(form)) {
    if (value === undefined) continue;
    if (value instanceof Blob) body.append(name, value, name === 'logo' ? 'logo.png' : 'receipt.pdf');
    else body.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return body;
}

const retryKey = (key: string | undefined) => (key ? { 'Idempotency-Key': key } : {});

/** The public and captain routes, and the admin ones with `adminKey`. */
export function icct26Client(baseUrl: string, adminKey = '') {
  const api = createClient<paths>({ baseUrl });
  const admin = { 'X-API-Key': adminKey };

  return {
    async register(form: Schemas['RegistrationForm'], idempotencyKey?: string) {
      const { data, error, response } = await api.POST('/api/registration', {
        params: { header: retryKey(idempotencyKey) },
        body: form,
        bodySerializer: formData,
      });
      if (!error) return succeeded(response, data);
      // The codes this route can answer, each handled: a code added to it must be handled here too.
      switch (error.error_code) {
        case 'VALIDATION_FAILED':
        case 'FILE_TOO_LARGE':
        case 'PAYLOAD_TOO_LARGE':
        case 'REGISTRATION_CLOSED':
        case 'REGISTRATION_FULL':
        case 'DUPLICATE_TEAM':
        case 'CHURCH_LIMIT_REACHED':
        case 'IDEMPOTENCY_KEY_IN_USE':
        case 'IDEMPOTENCY_KEY_MISMATCH':
        case 'UNSUPPORTED_MEDIA_TYPE':
        case 'REQUEST_TIMEOUT':
        case 'RATE_LIMITED':
        case 'INTERNAL_ERROR':
        case 'SERVICE_UNAVAILABLE':
          return failed(response, error);
        default:
          return unreachable(error);
      }
    },

    async registrationStatus(church?: string) {
      const { data, error, response } = await api.GET('/api/registration/status', {
        params: { query: church === undefined ? {} : { church } },
      });
      if (error) return failed(response, error);
      const place = data.church ? `; ${data.church.name}: ${data.church.remaining} slot(s) left` : '';
      return succeeded(response, { ...data, summary: `${data.open ? 'open' : 'closed'}${place}` });
    },

    async view(teamId: string, token: string) {
      const { data, error, response } = await api.GET('/api/registration/{team_id}', {
        params: { path: { team_id: teamId }, query: { token } },
      });
      return error ? failed(response, error) : succeeded(response, data.data);
    },

    async edit(
      teamId: string,
      token: string,
      changes: Schemas['RegistrationEditForm'],
      idempotencyKey?: string,
    ) {
      const { data, error, response } = await api.PATCH('/api/registration/{team_id}', {
        params: { path: { team_id: teamId }, query: { token }, header: retryKey(idempotencyKey) },
        body: changes,
        bodySerializer: formData,
      });
      if (!error) return succeeded(response, data.data);
      if (error.error_code === 'INVALID_STATUS_TRANSITION') {
        return failed(
          response,
          error,
          `This team is ${error.details.current_status}: it can no longer be edited`,
        );
      }
      return failed(response, error);
    },

    async withdraw(teamId: string, token: string) {
      const { data, error, response } = await api.POST('/api/registration/{team_id}/withdraw', {
        params: { path: { team_id: teamId }, query: { token } },
      });
      return error ? failed(response, error) : succeeded(response, data.data.status);
    },

    async listTeams(query: NonNullable<paths['/admin/teams']['get']['parameters']['query']> = {}) {
      const { data, error, response } = await api.GET('/admin/teams', { params: { query }, headers: admin });
      if (error) return failed(response, error);
      const { total, total_pages: pages } = data.pagination;
      return succeeded(response, {
        teams: data.data.map((t) => `${t.team_id} ${t.team_name} (${t.status})`),
        total,
        pages,
      });
    },

    async team(teamId: string) {
      const { data, error, response } = await api.GET('/admin/teams/{team_id}', {
        params: { path: { team_id: teamId } },
        headers: admin,
      });
      if (error) return failed(response, error);
      const team = data.data;
      const lastChange = team.status_history.at(-1);
      return succeeded(response, {
        team,
        receiptUrl: team.files.find((f) => f.kind === 'payment_receipt')?.url ?? null,
        lastChangeBy: lastChange?.actor ?? null,
        players: team.players.map((p) => `${p.position}. ${p.name} (${p.role})`),
        viceCaptain: team.vice_captain?.name ?? null,
      });
    },

    async decide(teamId: string, decision: 'approve' | 'reject', reason?: string, idempotencyKey?: string) {
      const options = {
        params: { path: { team_id: teamId }, header: retryKey(idempotencyKey) },
        headers: admin,
      };
      const { data, error, response } =
        decision === 'approve'
          ? await api.POST('/admin/teams/{team_id}/approve', { ...options, body: reason ? { reason } : {} })
          : await api.POST('/admin/teams/{team_id}/reject', { ...options, body: { reason: reason ?? '' } });
      if (!error) return succeeded(response, data.data);
      switch (error.error_code) {
        case 'INVALID_STATUS_TRANSITION':
          return failed(response, error, `Already ${error.details.current_status}`);
        case 'REGISTRATION_FULL':
          return failed(response, error, `No free place (MAX_TEAMS ${error.details.max_teams ?? 'unset'})`);
        default:
          return failed(response, error);
      }
    },

    async resendLink(teamId: string) {
      const { data, error, response } = await api.POST('/admin/teams/{team_id}/resend-link', {
        params: { path: { team_id: teamId } },
        headers: admin,
      });
      return error ? failed(response, error) : succeeded(response, data.data.sent_to);
    },

    async exportCsv() {
      const { data, error, response } = await api.GET('/admin/teams/export.csv', {
        headers: admin,
        parseAs: 'text',
      });
      if (error) return failed(response, error);
      const filename = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
      return succeeded(response, { filename: filename ?? 'teams.csv', csv: data });
    },

    async stats() {
      const { data, error, response } = await api.GET('/admin/stats', { headers: admin });
      if (error) return failed(response, error);
      const { teams, players, emails } = data.data;
      return succeeded(response, {
        ...teams.by_status,
        total: teams.total,
        players,
        deadEmails: emails.dead,
      });
    },

    async health(): Promise<Outcome<string>> {
      const { data, error, response } = await api.GET('/health');
      if (!error) return succeeded(response, `${data.status} (${data.database.latency_ms} ms)`);
      if ('error_code' in error) return failed(response, error);
      return {
        ok: false,
        status: response.status,
        code: 'UNHEALTHY',
        advice: `database ${error.database.status}`,
        requestId: '',
      };
    },

    async serviceStatus() {
      const { data, error, response } = await api.GET('/status');
      if (error) return failed(response, error);
      const breakers = Object.entries(data.breakers).map(([name, b]) => `${name}: ${b.state}`);
      return succeeded(response, { version: data.version, breakers, limiter: data.rate_limiter.state });
    },

    async metrics() {
      const { data, error, response } = await api.GET('/metrics', { parseAs: 'text' });
      return error ? failed(response, error) : succeeded(response, data.split('\n').length);
    },

    /** The FastAPI-compatible API (LEGACY_API_PREFIX, `/legacy` as documented), as the old front-end calls it. */
    async legacyRegister(form: Schemas['LegacyRegistrationForm'], idempotencyKey?: string) {
      const { data, error, response } = await api.POST('/legacy/api/register/team', {
        params: { header: retryKey(idempotencyKey) },
        body: form,
        bodySerializer: (fields) => {
          const body = new FormData();
          for (const [name, value] of Object.entries(fields)) {
            if (value instanceof Blob) body.append(name, value, `${name}.pdf`);
            else if (typeof value === 'string') body.append(name, value);
          }
          return body;
        },
      });
      // The front-end shows only `message`: it names every problem.
      if (error) return failed(response, error, error.message);
      return succeeded(response, `${data.team_id} ${data.registration_status}`);
    },

    async churches() {
      const { data, error, response } = await api.GET('/legacy/api/churches/availability');
      if (error) return failed(response, error);
      return succeeded(
        response,
        data.churches.filter((c) => c.locked).map((c) => c.church_name),
      );
    },

    async legacyTeams(status?: Schemas['LegacyTeamStatus']) {
      const { data, error, response } = await api.GET('/legacy/admin/teams', {
        params: { query: status ? { status } : {} },
        headers: admin,
      });
      if (error) return failed(response, error);
      return succeeded(
        response,
        data.data.map((t) => `${t.teamId} ${t.registrationStatus}`),
      );
    },

    async legacyTeam(teamId: string) {
      const { data, error, response } = await api.GET('/legacy/admin/teams/{team_id}', {
        params: { path: { team_id: teamId } },
        headers: admin,
      });
      if (error) return failed(response, error);
      return succeeded(response, { ...data.data.team, players: data.data.players.map((p) => p.playerId) });
    },

    async legacyDecide(teamId: string, decision: 'confirm' | 'reject') {
      const options = { params: { path: { team_id: teamId } }, headers: admin };
      const { data, error, response } =
        decision === 'confirm'
          ? await api.PUT('/legacy/admin/teams/{team_id}/confirm', options)
          : await api.PUT('/legacy/admin/teams/{team_id}/reject', options);
      return error ? failed(response, error) : succeeded(response, data.registration_status);
    },

    async legacyAllTeams() {
      const { data, error, response } = await api.GET('/legacy/api/teams', { headers: admin });
      return error
        ? failed(response, error)
        : succeeded(
            response,
            data.teams.map((t) => t.team_id),
          );
    },

    async legacyTeamDetail(teamId: string) {
      const { data, error, response } = await api.GET('/legacy/api/teams/{team_id}', {
        params: { path: { team_id: teamId } },
        headers: admin,
      });
      return error
        ? failed(response, error)
        : succeeded(
            response,
            data.players.map((p) => p.player_id),
          );
    },

    /** Opens a private file through the signed link a team view gave (`files[].url`). */
    async privateFile(link: string) {
      const url = new URL(link);
      const [, , id = '', name = ''] = url.pathname.split('/');
      const { data, error, response } = await api.GET('/files/{id}/{name}', {
        params: {
          path: { id, name: decodeURIComponent(name) },
          query: {
            expires: Number(url.searchParams.get('expires')),
            signature: url.searchParams.get('signature') ?? '',
          },
        },
        parseAs: 'blob',
      });
      return error ? failed(response, error) : succeeded(response, data.size);
    },
  };
}
