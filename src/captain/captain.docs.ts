import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiIdempotencyHeaders,
  ApiJsonResponse,
  LIMITED_ROUTE_ERRORS,
  PATH_PARAM_ERRORS,
} from '../docs/decorators.js';
import { component, components, constant, object, schemaRef } from '../docs/schemas.js';
import { TEAM_FORM_SCHEMAS } from '../teams/team-form.docs.js';
import { CAPTAIN_TEAM_EXAMPLE, TEAM_ID, TEAM_VIEW_SCHEMAS } from '../teams/team-view.docs.js';

/** The OpenAPI description of the captain's private-link routes (captain.controller.ts). */

components(TEAM_FORM_SCHEMAS);
components(TEAM_VIEW_SCHEMAS);

const CAPTAIN_TEAM_RESPONSE = component(
  'CaptainTeamResponse',
  object(
    { success: constant(true), data: schemaRef('CaptainTeam') },
    { example: { success: true, data: CAPTAIN_TEAM_EXAMPLE } },
  ),
);

const LINK_PARAMS = [
  ApiParam({
    name: 'team_id',
    description: 'The team ID from the confirmation email',
    schema: { type: 'string', pattern: TEAM_ID.pattern, maxLength: 22 },
    example: 'ICCT-001',
  }),
  ApiQuery({
    name: 'token',
    required: true,
    description:
      'The secret from the link in the confirmation email (43 characters, base64url). A wrong or missing ' +
      'token is answered exactly like an unknown team: `404 NOT_FOUND`. It is never logged; responses ' +
      'carry `Cache-Control: no-store` and `Referrer-Policy: no-referrer`.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$', minLength: 43, maxLength: 43 },
    example: 'q3J8v2mXc4TtN0bYwZ1rS5uK7eH9pLdA6fGiO2nVjQk',
  }),
];

const teamViewResponse = (description: string) =>
  ApiJsonResponse(200, {
    description,
    schema: CAPTAIN_TEAM_RESPONSE,
    example: { success: true, data: CAPTAIN_TEAM_EXAMPLE },
  });

export function ApiCaptainView() {
  return applyDecorators(
    ApiTags('Captain'),
    ApiOperation({
      operationId: 'viewRegistration',
      summary: "The captain's view of the registration",
      description:
        'The team as entered, its `status` and `waitlist_position`, its documents (`documents`, and each ' +
        "player's `documents`: every kind with its state, `uploaded`, `pending`, `missing` or `not_sent`, " +
        'and the field that replaces it; a private one as a signed link that expires), `status_history` ' +
        '(with reasons) and `changes` (which fields were edited, when).',
    }),
    ...LINK_PARAMS,
    teamViewResponse(
      'The team as the captain entered it, its status and place in line, file states, status history ' +
        '(with reasons) and the list of edits (which fields, when)',
    ),
    ApiErrorResponses(...LIMITED_ROUTE_ERRORS, ...PATH_PARAM_ERRORS, 'NOT_FOUND'),
  );
}

export function ApiCaptainEdit() {
  return applyDecorators(
    ApiTags('Captain'),
    ApiOperation({
      operationId: 'editRegistration',
      summary: 'Correct the registration (any subset of the form)',
      description:
        'Allowed while the team is pending or waitlisted. Each field sent is checked by the registration ' +
        'rules; a new team name must be unique and a new church must have a free slot. `players` replaces ' +
        'the whole list; a shorter list deletes the documents of the players past its end. A file ' +
        "replaces that file (the old one is deleted from storage), a player's document too: " +
        '`players[N].id_proof` or `players[N].consent_form`, N from 0 and below the player count after ' +
        'the edit (else `400` with `players[N].id_proof: there is no player N+1`). A blank vice-captain ' +
        'field removes it. The history records which fields changed, not their old values.',
    }),
    ...LINK_PARAMS,
    ApiConsumes('multipart/form-data'),
    ApiBody({ required: true, schema: schemaRef('RegistrationEditForm') }),
    ApiIdempotencyHeaders(),
    teamViewResponse('The registration after the edit'),
    ApiErrorResponses(
      ...LIMITED_ROUTE_ERRORS,
      ...PATH_PARAM_ERRORS,
      'NOT_FOUND',
      'INVALID_STATUS_TRANSITION',
      'DUPLICATE_TEAM',
      'CHURCH_LIMIT_REACHED',
      'IDEMPOTENCY_KEY_IN_USE',
      'IDEMPOTENCY_KEY_MISMATCH',
      'FILE_TOO_LARGE',
    ),
  );
}

export function ApiCaptainWithdraw() {
  return applyDecorators(
    ApiTags('Captain'),
    ApiOperation({
      operationId: 'withdrawRegistration',
      summary: 'Withdraw the team',
      description:
        'Pending, waitlisted and approved teams can withdraw. The place goes to the first waitlisted ' +
        "team (whose captain is emailed) and the church's slot is free again. The captain gets a " +
        'confirmation email. The private documents (all but the logo) are deleted after ' +
        'DOCUMENT_RETENTION_DAYS (30 by default). No body.',
    }),
    ...LINK_PARAMS,
    ApiIdempotencyHeaders(),
    teamViewResponse('The registration, now `withdrawn`'),
    ApiErrorResponses(
      ...LIMITED_ROUTE_ERRORS,
      ...PATH_PARAM_ERRORS,
      'NOT_FOUND',
      'INVALID_STATUS_TRANSITION',
      'IDEMPOTENCY_KEY_IN_USE',
      'IDEMPOTENCY_KEY_MISMATCH',
    ),
  );
}
