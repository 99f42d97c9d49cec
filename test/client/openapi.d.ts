/* eslint-disable */
// Generated from the served /docs-json by test/client.test.ts with openapi-typescript: do not edit.
// After changing the API's documentation: npm run openapi:types (UPDATE_CLIENT_TYPES=1 vitest run test/client.test.ts)

export interface paths {
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics: requests by route and status, breaker states, outbox depth, process
     * @description For a Prometheus scraper; rate-limited like other reads. Restrict it at the proxy if needed.
     */
    get: operations['metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Is the service up? (a time-boxed database round trip; never rate-limited)
     * @description What a load balancer should poll: cheap, never rate-limited, and it pings the database within 1 s on a connection of its own, so a pool saturated by a registration stampede is busy, not down.
     */
    get: operations['health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Version, uptime, database and pool, provider breakers, outbox and upload backlogs, memory
     * @description For people and dashboards (rate-limited like other reads); a load balancer polls `/health`.
     */
    get: operations['serviceStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a team
     * @description Saves the team, its players and its files in one transaction: all or nothing. Every invalid field is reported at once in `details.field_errors`. Send an `Idempotency-Key` to retry safely after a network failure. Outside REGISTRATION_OPENS_AT..REGISTRATION_CLOSES_AT the answer is `403 REGISTRATION_CLOSED`. When all MAX_TEAMS places are taken the team is `waitlisted` (or `409 REGISTRATION_FULL` with WAITLIST_ENABLED=false). The confirmation email carries the captain's private link.
     */
    post: operations['registerTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether registration is open, and how many places are left
     * @description Public and cheap enough to poll from a countdown page: the counts are cached for REGISTRATION_STATUS_CACHE_MS (1 s). `registered` counts pending and approved teams (the ones holding a place); `remaining` and `max_teams` are null without MAX_TEAMS. With `?church=NAME`, also that church's teams and remaining slots, the name matched as the church limit matches it (case, spacing and look-alike letters ignored). Any other parameter is `400 VALIDATION_FAILED`.
     */
    get: operations['registrationStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/{team_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The captain's view of the registration
     * @description The team as entered, its `status` and `waitlist_position`, its documents (`documents`, and each player's `documents`: every kind with its state, `uploaded`, `pending`, `missing` or `not_sent`, and the field that replaces it; a private one as a signed link that expires), `status_history` (with reasons) and `changes` (which fields were edited, when).
     */
    get: operations['viewRegistration'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Correct the registration (any subset of the form)
     * @description Allowed while the team is pending or waitlisted. Each field sent is checked by the registration rules; a new team name must be unique and a new church must have a free slot. `players` replaces the whole list; a shorter list deletes the documents of the players past its end. A file replaces that file (the old one is deleted from storage), a player's document too: `players[N].id_proof` or `players[N].consent_form`, N from 0 and below the player count after the edit (else `400` with `players[N].id_proof: there is no player N+1`). A blank vice-captain field removes it. The history records which fields changed, not their old values.
     */
    patch: operations['editRegistration'];
    trace?: never;
  };
  '/api/registration/{team_id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw the team
     * @description Pending, waitlisted and approved teams can withdraw. The place goes to the first waitlisted team (whose captain is emailed) and the church's slot is free again. The captain gets a confirmation email. The private documents (all but the logo) are deleted after DOCUMENT_RETENTION_DAYS (30 by default). No body.
     */
    post: operations['withdrawRegistration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List teams, filtered, searched, sorted and paged
     * @description A blank parameter counts as absent. A value out of range, a parameter given twice or an unknown parameter is `400 VALIDATION_FAILED`, each named in `details.field_errors`. `%` and `_` in `q` and `church` match themselves.
     */
    get: operations['listTeams'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/teams/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * All teams with their players as CSV (one row per player), streamed
     * @description RFC 4180 CSV in UTF-8 with a byte order mark (for Excel), records ending in CRLF, one record per player with the team columns repeated (a team without players gets one record with the player columns empty). Columns: `team_id`, `team_name`, `church_name`, `status`, `captain_name`, `captain_phone`, `captain_email`, `captain_whatsapp`, `vice_captain_name`, `vice_captain_phone`, `vice_captain_email`, `vice_captain_whatsapp`, `coach_name`, `player_count`, `logo_url`, `payment_receipt_url`, `created_at`, `player_position`, `player_name`, `player_role`, `player_phone`, `pastor_letter_url`, `group_photo_url`, `missing_documents`, `player_id_proof_url`, `player_consent_form_url`. A cell that could start a spreadsheet formula (`= + - @`, tab, CR) is prefixed with `'`. Each `*_url` is the document's link (empty when not sent, or while it waits for the storage): the logo's public address, any other a signed link that expires; `player_*_url` are the record's player's. `missing_documents` lists the fields of the documents the team is expected to have and lacks (REQUIRED_DOCUMENTS and LEGACY_REQUIRED_DOCUMENTS together), `; `-separated: `pastor_letter; players[3].id_proof`. Columns added since the first version are at the end. Streamed 200 teams at a time: not one snapshot.
     */
    get: operations['exportTeams'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Teams by status and per church, players, pending uploads, emails and missing documents
     * @description `teams_per_church` is sorted by count, largest first; `pending_uploads` counts files accepted while the file storage was down and not yet uploaded (`dead_uploads`: those given up); `emails.dead` counts emails that gave up; `documents` counts what teams still in the running (pending, waitlisted, approved) lack of the documents they are expected to have.
     */
    get: operations['teamStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/teams/{team_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One whole team: captain, vice-captain, coach, players, documents, status history
     * @description As the captain sees it, plus who made each change (`actor`: the admin key's fingerprint, `captain` or `system`). `documents` lists the team's documents and each player's `documents` theirs, every kind with its state (`uploaded`, `pending`, `missing`, `not_sent`); a private document's `url` is a signed link that expires.
     */
    get: operations['getTeam'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/teams/{team_id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a pending or waitlisted team; the captain is emailed
     * @description A waitlisted team is approved only into a free place (else `409 REGISTRATION_FULL`). The body is optional; a JSON body of at most 16 KB, any other field is `400`.
     */
    post: operations['approveTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/teams/{team_id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a pending or waitlisted team; the captain is emailed
     * @description Rejecting a pending team gives its place to the first waitlisted team, whose captain is emailed. The private documents (all but the logo) are deleted after DOCUMENT_RETENTION_DAYS (30 by default; 0: at once), through the durable deletion queue (`/status` counts them as `deletions_scheduled`). A JSON body of at most 16 KB; any other field is `400`.
     */
    post: operations['rejectTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/teams/{team_id}/resend-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Email the captain a new private link; the old link stops working
     * @description For a captain who lost the confirmation email, or whose link leaked. Any status. No body.
     */
    post: operations['resendLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files/{id}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A private document through the signed link a team view gives
     * @description Only with local file storage. Links are not built by hand: they come as `files[].url` in the captain's view and the admin team detail (and the CSV export), signed with the server's key and valid for `DOCUMENT_LINK_TTL_SECONDS` from that response. With Cloudinary the same field holds a signed, expiring Cloudinary download link instead. Answered `Cache-Control: private, no-store`; anything but an image is sent as an attachment. The signature is the credential: a link is for whoever holds it, until it expires.
     */
    get: operations['privateFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/legacy/api/register/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a team (the FastAPI form)
     * @description FastAPI-compatible (for the existing front-end): the same registration as `POST /api/registration`, with its rules, window, places, idempotency and emails, from the FastAPI backend's flat form. Errors are our envelope; as the front-end shows only `message`, it names every problem in the front-end's words (`Player 4: role must be one of ...`), and `details.field_errors` uses the form's field names (`player_3_role`). The body may be up to LEGACY_MAX_REQUEST_SIZE (100 MB).
     */
    post: operations['legacyRegisterTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/legacy/api/churches/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Churches and their teams
     * @description FastAPI-compatible (for the existing front-end): every church with a team, by name, with its teams counted as the church limit counts them (names differing only in case, spacing or look-alike letters are one church; rejected and withdrawn teams do not count), and `locked` once it has MAX_TEAMS_PER_CHURCH.
     */
    get: operations['legacyChurchAvailability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/legacy/admin/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every team (FastAPI admin list)
     * @description FastAPI-compatible (for the existing front-end): every team, newest first, not paged (as FastAPI), in its camelCase shape; `registrationStatus` in its words (`confirmed` for approved). Document links are signed and expire.
     */
    get: operations['legacyListTeams'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/legacy/admin/teams/{team_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One team with its players (FastAPI admin detail)
     * @description FastAPI-compatible (for the existing front-end): the team and its players in its camelCase shape, with signed document links.
     */
    get: operations['legacyGetTeam'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/legacy/admin/teams/{team_id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Approve a team (FastAPI confirm)
     * @description FastAPI-compatible (for the existing front-end): the same change as `POST /admin/teams/{team_id}/approve`, with its rules and the captain's email; no body is read.
     */
    put: operations['legacyConfirmTeam'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/legacy/admin/teams/{team_id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Reject a team (FastAPI reject)
     * @description FastAPI-compatible (for the existing front-end): the same change as `POST /admin/teams/{team_id}/reject`, with its rules and the captain's email; no body is read: the reason, required there, is optional here (the front-end sends none).
     */
    put: operations['legacyRejectTeam'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/legacy/api/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every team (FastAPI team list)
     * @description FastAPI-compatible (for the existing front-end): every team in team-number order, in its snake_case shape. FastAPI served this to anyone; here it needs an admin key (it carries document links).
     */
    get: operations['legacyAllTeams'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/legacy/api/teams/{team_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One team with its players (FastAPI team detail)
     * @description FastAPI-compatible (for the existing front-end): the team and its players in its snake_case shape. FastAPI served this to anyone; here it needs an admin key (phones, emails and document links).
     */
    get: operations['legacyTeam'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AdminStatusChange: {
      /**
       * @description null for the registration itself
       * @enum {string|null}
       */
      from_status: 'pending' | 'approved' | 'rejected' | 'waitlisted' | 'withdrawn' | null;
      to_status: components['schemas']['TeamStatus'];
      reason: string | null;
      /**
       * @description The admin key's fingerprint, `captain` (through the private link) or `system`
       * @example 3f9a1c0b7d2e
       */
      actor: string;
      /** Format: date-time */
      at: string;
    };
    /**
     * @description The whole team, with who made each change
     * @example {
     *       "team_id": "ICCT-001",
     *       "team_name": "St. Thomas Strikers",
     *       "church_name": "St. Thomas' Church",
     *       "status": "waitlisted",
     *       "waitlist_position": 2,
     *       "player_count": 11,
     *       "created_at": "2026-01-10T03:30:05.120Z",
     *       "updated_at": "2026-01-11T08:12:40.002Z",
     *       "captain": {
     *         "name": "Samuel Joseph",
     *         "phone": "9876543210",
     *         "email": "captain@example.org",
     *         "whatsapp": "9876543210"
     *       },
     *       "vice_captain": null,
     *       "coach": {
     *         "name": "Thomas Mathew"
     *       },
     *       "players": [
     *         {
     *           "position": 1,
     *           "name": "Player A",
     *           "role": "Batsman",
     *           "phone": "9876543210",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[0].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[0].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 2,
     *           "name": "Player B",
     *           "role": "Bowler",
     *           "phone": "9876543209",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[1].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[1].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 3,
     *           "name": "Player C",
     *           "role": "All-Rounder",
     *           "phone": "9876543208",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[2].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[2].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 4,
     *           "name": "Player D",
     *           "role": "Wicket-Keeper",
     *           "phone": "9876543207",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[3].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[3].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 5,
     *           "name": "Player E",
     *           "role": "Batsman",
     *           "phone": "9876543206",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[4].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[4].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 6,
     *           "name": "Player F",
     *           "role": "Bowler",
     *           "phone": "9876543205",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[5].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[5].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 7,
     *           "name": "Player G",
     *           "role": "All-Rounder",
     *           "phone": "9876543204",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[6].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[6].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 8,
     *           "name": "Player H",
     *           "role": "Wicket-Keeper",
     *           "phone": "9876543203",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[7].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[7].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 9,
     *           "name": "Player I",
     *           "role": "Batsman",
     *           "phone": "9876543202",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[8].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[8].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 10,
     *           "name": "Player J",
     *           "role": "Bowler",
     *           "phone": "9876543201",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[9].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[9].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 11,
     *           "name": "Player K",
     *           "role": "All-Rounder",
     *           "phone": "9876543200",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[10].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[10].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         }
     *       ],
     *       "documents": [
     *         {
     *           "kind": "logo",
     *           "field": "logo",
     *           "label": "Team logo",
     *           "required": true,
     *           "state": "uploaded",
     *           "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
     *           "content_type": "image/png",
     *           "size_bytes": 48213,
     *           "uploaded_at": "2026-01-10T03:30:05.000Z"
     *         },
     *         {
     *           "kind": "payment_receipt",
     *           "field": "payment_receipt",
     *           "label": "Payment receipt",
     *           "required": false,
     *           "state": "not_sent",
     *           "url": null,
     *           "content_type": null,
     *           "size_bytes": null,
     *           "uploaded_at": null
     *         },
     *         {
     *           "kind": "pastor_letter",
     *           "field": "pastor_letter",
     *           "label": "Pastor's letter",
     *           "required": true,
     *           "state": "missing",
     *           "url": null,
     *           "content_type": null,
     *           "size_bytes": null,
     *           "uploaded_at": null
     *         },
     *         {
     *           "kind": "group_photo",
     *           "field": "group_photo",
     *           "label": "Group photo",
     *           "required": false,
     *           "state": "not_sent",
     *           "url": null,
     *           "content_type": null,
     *           "size_bytes": null,
     *           "uploaded_at": null
     *         }
     *       ],
     *       "files": [
     *         {
     *           "kind": "logo",
     *           "state": "uploaded",
     *           "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
     *           "content_type": "image/png",
     *           "size_bytes": 48213,
     *           "uploaded_at": "2026-01-10T03:30:05.000Z"
     *         }
     *       ],
     *       "status_history": [
     *         {
     *           "from_status": null,
     *           "to_status": "waitlisted",
     *           "reason": null,
     *           "at": "2026-01-10T03:30:05.120Z",
     *           "actor": "system"
     *         }
     *       ],
     *       "changes": [
     *         {
     *           "fields": [
     *             "captain_phone",
     *             "logo"
     *           ],
     *           "actor": "captain",
     *           "at": "2026-01-11T08:12:40.002Z"
     *         }
     *       ]
     *     }
     */
    AdminTeam: {
      /**
       * @description TEAM_ID_PREFIX-NNN: unique and gapless
       * @example ICCT-001
       */
      team_id: string;
      team_name: string;
      church_name: string;
      status: components['schemas']['TeamStatus'];
      /**
       * Format: int32
       * @description The place in line while waitlisted (1 is next), else null
       */
      waitlist_position: number | null;
      /** Format: int32 */
      player_count: number;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      captain: components['schemas']['Captain'];
      /** @description null when no vice-captain was given; else each field, null when not given */
      vice_captain: {
        /** @example Samuel Joseph */
        name: string | null;
        /** @example 9876543210 */
        phone: string | null;
        /**
         * Format: email
         * @example captain@example.org
         */
        email: string | null;
        /** @example 9876543210 */
        whatsapp: string | null;
      } | null;
      coach: {
        /**
         * @description null for a team registered through the FastAPI-compatible form, which has no coach
         * @example Samuel Joseph
         */
        name: string | null;
      };
      /** @description In registration order (11-15 for a registered team) */
      players: components['schemas']['Player'][];
      /** @description The team's own documents, every kind (logo, payment_receipt, pastor_letter, group_photo) sent or not, with its state */
      documents: components['schemas']['TeamDocument'][];
      /** @description The team's own files that were sent (its players' are under `players[].documents`). Kept for existing clients; `documents` lists every kind with its state. */
      files: components['schemas']['TeamFile'][];
      /** @description Oldest first; the first entry is the registration itself */
      status_history: components['schemas']['AdminStatusChange'][];
      /** @description The captain's edits, oldest first */
      changes: components['schemas']['AdminTeamEdit'][];
    };
    AdminTeamEdit: {
      /** @description The form fields and files the edit changed (never their old values) */
      fields: string[];
      /**
       * @description The admin key's fingerprint, `captain` (through the private link) or `system`
       * @example 3f9a1c0b7d2e
       */
      actor: string;
      /** Format: date-time */
      at: string;
    };
    /**
     * @example {
     *       "success": true,
     *       "data": {
     *         "team_id": "ICCT-001",
     *         "team_name": "St. Thomas Strikers",
     *         "church_name": "St. Thomas' Church",
     *         "status": "waitlisted",
     *         "waitlist_position": 2,
     *         "player_count": 11,
     *         "created_at": "2026-01-10T03:30:05.120Z",
     *         "updated_at": "2026-01-11T08:12:40.002Z",
     *         "captain": {
     *           "name": "Samuel Joseph",
     *           "phone": "9876543210",
     *           "email": "captain@example.org",
     *           "whatsapp": "9876543210"
     *         },
     *         "vice_captain": null,
     *         "coach": {
     *           "name": "Thomas Mathew"
     *         },
     *         "players": [
     *           {
     *             "position": 1,
     *             "name": "Player A",
     *             "role": "Batsman",
     *             "phone": "9876543210",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[0].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[0].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 2,
     *             "name": "Player B",
     *             "role": "Bowler",
     *             "phone": "9876543209",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[1].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[1].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 3,
     *             "name": "Player C",
     *             "role": "All-Rounder",
     *             "phone": "9876543208",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[2].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[2].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 4,
     *             "name": "Player D",
     *             "role": "Wicket-Keeper",
     *             "phone": "9876543207",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[3].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[3].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 5,
     *             "name": "Player E",
     *             "role": "Batsman",
     *             "phone": "9876543206",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[4].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[4].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 6,
     *             "name": "Player F",
     *             "role": "Bowler",
     *             "phone": "9876543205",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[5].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[5].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 7,
     *             "name": "Player G",
     *             "role": "All-Rounder",
     *             "phone": "9876543204",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[6].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[6].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 8,
     *             "name": "Player H",
     *             "role": "Wicket-Keeper",
     *             "phone": "9876543203",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[7].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[7].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 9,
     *             "name": "Player I",
     *             "role": "Batsman",
     *             "phone": "9876543202",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[8].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[8].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 10,
     *             "name": "Player J",
     *             "role": "Bowler",
     *             "phone": "9876543201",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[9].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[9].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 11,
     *             "name": "Player K",
     *             "role": "All-Rounder",
     *             "phone": "9876543200",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[10].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[10].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           }
     *         ],
     *         "documents": [
     *           {
     *             "kind": "logo",
     *             "field": "logo",
     *             "label": "Team logo",
     *             "required": true,
     *             "state": "uploaded",
     *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
     *             "content_type": "image/png",
     *             "size_bytes": 48213,
     *             "uploaded_at": "2026-01-10T03:30:05.000Z"
     *           },
     *           {
     *             "kind": "payment_receipt",
     *             "field": "payment_receipt",
     *             "label": "Payment receipt",
     *             "required": false,
     *             "state": "not_sent",
     *             "url": null,
     *             "content_type": null,
     *             "size_bytes": null,
     *             "uploaded_at": null
     *           },
     *           {
     *             "kind": "pastor_letter",
     *             "field": "pastor_letter",
     *             "label": "Pastor's letter",
     *             "required": true,
     *             "state": "missing",
     *             "url": null,
     *             "content_type": null,
     *             "size_bytes": null,
     *             "uploaded_at": null
     *           },
     *           {
     *             "kind": "group_photo",
     *             "field": "group_photo",
     *             "label": "Group photo",
     *             "required": false,
     *             "state": "not_sent",
     *             "url": null,
     *             "content_type": null,
     *             "size_bytes": null,
     *             "uploaded_at": null
     *           }
     *         ],
     *         "files": [
     *           {
     *             "kind": "logo",
     *             "state": "uploaded",
     *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
     *             "content_type": "image/png",
     *             "size_bytes": 48213,
     *             "uploaded_at": "2026-01-10T03:30:05.000Z"
     *           }
     *         ],
     *         "status_history": [
     *           {
     *             "from_status": null,
     *             "to_status": "waitlisted",
     *             "reason": null,
     *             "at": "2026-01-10T03:30:05.120Z",
     *             "actor": "system"
     *           }
     *         ],
     *         "changes": [
     *           {
     *             "fields": [
     *               "captain_phone",
     *               "logo"
     *             ],
     *             "actor": "captain",
     *             "at": "2026-01-11T08:12:40.002Z"
     *           }
     *         ]
     *       }
     *     }
     */
    AdminTeamResponse: {
      /** @enum {boolean} */
      success: true;
      data: components['schemas']['AdminTeam'];
    };
    /**
     * @example {
     *       "reason": "Payment verified"
     *     }
     */
    ApproveTeamRequest: {
      /** @description Trimmed; at most 500 characters, no control characters but line breaks. Emailed to the captain. */
      reason?: string;
    };
    /** @description A provider circuit breaker; the counts cover its rolling window */
    BreakerStatus: {
      /** @enum {string} */
      state: 'closed' | 'open' | 'half_open';
      /** @description `cloudinary` or `local` for files, `smtp` or `eml_files` for mail */
      backend: string;
      /**
       * Format: date-time
       * @description When the state last changed (or the breaker was created)
       * @example 2026-01-10T03:30:05.120Z
       */
      since: string;
      /** Format: int32 */
      fires: number;
      /** Format: int32 */
      successes: number;
      /** Format: int32 */
      failures: number;
      /** Format: int32 */
      rejects: number;
      /** Format: int32 */
      timeouts: number;
      /** Format: int32 */
      latency_mean_ms: number;
    };
    Captain: {
      /** @example Samuel Joseph */
      name: string;
      /** @example 9876543210 */
      phone: string;
      /**
       * Format: email
       * @example captain@example.org
       */
      email: string;
      /** @example 9876543210 */
      whatsapp: string | null;
    };
    /**
     * @description The team as the captain entered it, its status and place in line, file states, status history and edits
     * @example {
     *       "team_id": "ICCT-001",
     *       "team_name": "St. Thomas Strikers",
     *       "church_name": "St. Thomas' Church",
     *       "status": "waitlisted",
     *       "waitlist_position": 2,
     *       "player_count": 11,
     *       "created_at": "2026-01-10T03:30:05.120Z",
     *       "updated_at": "2026-01-11T08:12:40.002Z",
     *       "captain": {
     *         "name": "Samuel Joseph",
     *         "phone": "9876543210",
     *         "email": "captain@example.org",
     *         "whatsapp": "9876543210"
     *       },
     *       "vice_captain": null,
     *       "coach": {
     *         "name": "Thomas Mathew"
     *       },
     *       "players": [
     *         {
     *           "position": 1,
     *           "name": "Player A",
     *           "role": "Batsman",
     *           "phone": "9876543210",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[0].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[0].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 2,
     *           "name": "Player B",
     *           "role": "Bowler",
     *           "phone": "9876543209",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[1].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[1].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 3,
     *           "name": "Player C",
     *           "role": "All-Rounder",
     *           "phone": "9876543208",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[2].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[2].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 4,
     *           "name": "Player D",
     *           "role": "Wicket-Keeper",
     *           "phone": "9876543207",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[3].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[3].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 5,
     *           "name": "Player E",
     *           "role": "Batsman",
     *           "phone": "9876543206",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[4].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[4].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 6,
     *           "name": "Player F",
     *           "role": "Bowler",
     *           "phone": "9876543205",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[5].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[5].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 7,
     *           "name": "Player G",
     *           "role": "All-Rounder",
     *           "phone": "9876543204",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[6].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[6].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 8,
     *           "name": "Player H",
     *           "role": "Wicket-Keeper",
     *           "phone": "9876543203",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[7].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[7].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 9,
     *           "name": "Player I",
     *           "role": "Batsman",
     *           "phone": "9876543202",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[8].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[8].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 10,
     *           "name": "Player J",
     *           "role": "Bowler",
     *           "phone": "9876543201",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[9].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[9].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         },
     *         {
     *           "position": 11,
     *           "name": "Player K",
     *           "role": "All-Rounder",
     *           "phone": "9876543200",
     *           "documents": [
     *             {
     *               "kind": "id_proof",
     *               "field": "players[10].id_proof",
     *               "label": "ID proof",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             },
     *             {
     *               "kind": "consent_form",
     *               "field": "players[10].consent_form",
     *               "label": "Consent form",
     *               "required": false,
     *               "state": "not_sent",
     *               "url": null,
     *               "content_type": null,
     *               "size_bytes": null,
     *               "uploaded_at": null
     *             }
     *           ]
     *         }
     *       ],
     *       "documents": [
     *         {
     *           "kind": "logo",
     *           "field": "logo",
     *           "label": "Team logo",
     *           "required": true,
     *           "state": "uploaded",
     *           "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
     *           "content_type": "image/png",
     *           "size_bytes": 48213,
     *           "uploaded_at": "2026-01-10T03:30:05.000Z"
     *         },
     *         {
     *           "kind": "payment_receipt",
     *           "field": "payment_receipt",
     *           "label": "Payment receipt",
     *           "required": false,
     *           "state": "not_sent",
     *           "url": null,
     *           "content_type": null,
     *           "size_bytes": null,
     *           "uploaded_at": null
     *         },
     *         {
     *           "kind": "pastor_letter",
     *           "field": "pastor_letter",
     *           "label": "Pastor's letter",
     *           "required": true,
     *           "state": "missing",
     *           "url": null,
     *           "content_type": null,
     *           "size_bytes": null,
     *           "uploaded_at": null
     *         },
     *         {
     *           "kind": "group_photo",
     *           "field": "group_photo",
     *           "label": "Group photo",
     *           "required": false,
     *           "state": "not_sent",
     *           "url": null,
     *           "content_type": null,
     *           "size_bytes": null,
     *           "uploaded_at": null
     *         }
     *       ],
     *       "files": [
     *         {
     *           "kind": "logo",
     *           "state": "uploaded",
     *           "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
     *           "content_type": "image/png",
     *           "size_bytes": 48213,
     *           "uploaded_at": "2026-01-10T03:30:05.000Z"
     *         }
     *       ],
     *       "status_history": [
     *         {
     *           "from_status": null,
     *           "to_status": "waitlisted",
     *           "reason": null,
     *           "at": "2026-01-10T03:30:05.120Z"
     *         }
     *       ],
     *       "changes": [
     *         {
     *           "fields": [
     *             "captain_phone",
     *             "logo"
     *           ],
     *           "at": "2026-01-11T08:12:40.002Z"
     *         }
     *       ]
     *     }
     */
    CaptainTeam: {
      /**
       * @description TEAM_ID_PREFIX-NNN: unique and gapless
       * @example ICCT-001
       */
      team_id: string;
      team_name: string;
      church_name: string;
      status: components['schemas']['TeamStatus'];
      /**
       * Format: int32
       * @description The place in line while waitlisted (1 is next), else null
       */
      waitlist_position: number | null;
      /** Format: int32 */
      player_count: number;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      captain: components['schemas']['Captain'];
      /** @description null when no vice-captain was given; else each field, null when not given */
      vice_captain: {
        /** @example Samuel Joseph */
        name: string | null;
        /** @example 9876543210 */
        phone: string | null;
        /**
         * Format: email
         * @example captain@example.org
         */
        email: string | null;
        /** @example 9876543210 */
        whatsapp: string | null;
      } | null;
      coach: {
        /**
         * @description null for a team registered through the FastAPI-compatible form, which has no coach
         * @example Samuel Joseph
         */
        name: string | null;
      };
      /** @description In registration order (11-15 for a registered team) */
      players: components['schemas']['Player'][];
      /** @description The team's own documents, every kind (logo, payment_receipt, pastor_letter, group_photo) sent or not, with its state */
      documents: components['schemas']['TeamDocument'][];
      /** @description The team's own files that were sent (its players' are under `players[].documents`). Kept for existing clients; `documents` lists every kind with its state. */
      files: components['schemas']['TeamFile'][];
      /** @description Oldest first; the first entry is the registration itself */
      status_history: components['schemas']['StatusChange'][];
      /** @description The captain's edits, oldest first */
      changes: components['schemas']['TeamEdit'][];
    };
    /**
     * @example {
     *       "success": true,
     *       "data": {
     *         "team_id": "ICCT-001",
     *         "team_name": "St. Thomas Strikers",
     *         "church_name": "St. Thomas' Church",
     *         "status": "waitlisted",
     *         "waitlist_position": 2,
     *         "player_count": 11,
     *         "created_at": "2026-01-10T03:30:05.120Z",
     *         "updated_at": "2026-01-11T08:12:40.002Z",
     *         "captain": {
     *           "name": "Samuel Joseph",
     *           "phone": "9876543210",
     *           "email": "captain@example.org",
     *           "whatsapp": "9876543210"
     *         },
     *         "vice_captain": null,
     *         "coach": {
     *           "name": "Thomas Mathew"
     *         },
     *         "players": [
     *           {
     *             "position": 1,
     *             "name": "Player A",
     *             "role": "Batsman",
     *             "phone": "9876543210",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[0].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[0].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 2,
     *             "name": "Player B",
     *             "role": "Bowler",
     *             "phone": "9876543209",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[1].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[1].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 3,
     *             "name": "Player C",
     *             "role": "All-Rounder",
     *             "phone": "9876543208",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[2].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[2].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 4,
     *             "name": "Player D",
     *             "role": "Wicket-Keeper",
     *             "phone": "9876543207",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[3].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[3].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 5,
     *             "name": "Player E",
     *             "role": "Batsman",
     *             "phone": "9876543206",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[4].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[4].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 6,
     *             "name": "Player F",
     *             "role": "Bowler",
     *             "phone": "9876543205",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[5].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[5].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 7,
     *             "name": "Player G",
     *             "role": "All-Rounder",
     *             "phone": "9876543204",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[6].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[6].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 8,
     *             "name": "Player H",
     *             "role": "Wicket-Keeper",
     *             "phone": "9876543203",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[7].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[7].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 9,
     *             "name": "Player I",
     *             "role": "Batsman",
     *             "phone": "9876543202",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[8].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[8].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 10,
     *             "name": "Player J",
     *             "role": "Bowler",
     *             "phone": "9876543201",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[9].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[9].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           },
     *           {
     *             "position": 11,
     *             "name": "Player K",
     *             "role": "All-Rounder",
     *             "phone": "9876543200",
     *             "documents": [
     *               {
     *                 "kind": "id_proof",
     *                 "field": "players[10].id_proof",
     *                 "label": "ID proof",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               },
     *               {
     *                 "kind": "consent_form",
     *                 "field": "players[10].consent_form",
     *                 "label": "Consent form",
     *                 "required": false,
     *                 "state": "not_sent",
     *                 "url": null,
     *                 "content_type": null,
     *                 "size_bytes": null,
     *                 "uploaded_at": null
     *               }
     *             ]
     *           }
     *         ],
     *         "documents": [
     *           {
     *             "kind": "logo",
     *             "field": "logo",
     *             "label": "Team logo",
     *             "required": true,
     *             "state": "uploaded",
     *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
     *             "content_type": "image/png",
     *             "size_bytes": 48213,
     *             "uploaded_at": "2026-01-10T03:30:05.000Z"
     *           },
     *           {
     *             "kind": "payment_receipt",
     *             "field": "payment_receipt",
     *             "label": "Payment receipt",
     *             "required": false,
     *             "state": "not_sent",
     *             "url": null,
     *             "content_type": null,
     *             "size_bytes": null,
     *             "uploaded_at": null
     *           },
     *           {
     *             "kind": "pastor_letter",
     *             "field": "pastor_letter",
     *             "label": "Pastor's letter",
     *             "required": true,
     *             "state": "missing",
     *             "url": null,
     *             "content_type": null,
     *             "size_bytes": null,
     *             "uploaded_at": null
     *           },
     *           {
     *             "kind": "group_photo",
     *             "field": "group_photo",
     *             "label": "Group photo",
     *             "required": false,
     *             "state": "not_sent",
     *             "url": null,
     *             "content_type": null,
     *             "size_bytes": null,
     *             "uploaded_at": null
     *           }
     *         ],
     *         "files": [
     *           {
     *             "kind": "logo",
     *             "state": "uploaded",
     *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
     *             "content_type": "image/png",
     *             "size_bytes": 48213,
     *             "uploaded_at": "2026-01-10T03:30:05.000Z"
     *           }
     *         ],
     *         "status_history": [
     *           {
     *             "from_status": null,
     *             "to_status": "waitlisted",
     *             "reason": null,
     *             "at": "2026-01-10T03:30:05.120Z"
     *           }
     *         ],
     *         "changes": [
     *           {
     *             "fields": [
     *               "captain_phone",
     *               "logo"
     *             ],
     *             "at": "2026-01-11T08:12:40.002Z"
     *           }
     *         ]
     *       }
     *     }
     */
    CaptainTeamResponse: {
      /** @enum {boolean} */
      success: true;
      data: components['schemas']['CaptainTeam'];
    };
    /**
     * @example {
     *       "churches": [
     *         {
     *           "church_name": "Grace Church",
     *           "team_count": 2,
     *           "locked": true
     *         },
     *         {
     *           "church_name": "St. Thomas' Church",
     *           "team_count": 1,
     *           "locked": false
     *         }
     *       ],
     *       "summary": {
     *         "total_churches": 2,
     *         "locked_churches": 1,
     *         "available_churches": 1
     *       }
     *     }
     */
    ChurchAvailability: {
      churches: {
        church_name: string;
        /**
         * Format: int32
         * @description Its teams as MAX_TEAMS_PER_CHURCH counts them
         */
        team_count: number;
        /** @description team_count has reached MAX_TEAMS_PER_CHURCH */
        locked: boolean;
      }[];
      summary: {
        /** Format: int32 */
        total_churches: number;
        /** Format: int32 */
        locked_churches: number;
        /** Format: int32 */
        available_churches: number;
      };
    };
    /**
     * @description `CHURCH_LIMIT_REACHED` (HTTP 409): the church already has MAX_TEAMS_PER_CHURCH teams (rejected and withdrawn teams do not count).
     * @example {
     *       "success": false,
     *       "error_code": "CHURCH_LIMIT_REACHED",
     *       "message": "This church has already registered the maximum number of teams",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    ChurchLimitReachedError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'CHURCH_LIMIT_REACHED';
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      error_code: 'CHURCH_LIMIT_REACHED';
    };
    /**
     * @description `DUPLICATE_TEAM` (HTTP 409): a team of that name exists (compared as the name key: case, spacing, invisible characters and look-alike letters do not count).
     * @example {
     *       "success": false,
     *       "error_code": "DUPLICATE_TEAM",
     *       "message": "A team with this name is already registered",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    DuplicateTeamError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'DUPLICATE_TEAM';
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      error_code: 'DUPLICATE_TEAM';
    };
    /**
     * @description A stable code to branch on; the message is for people. Each code has one HTTP status.
     * @enum {string}
     */
    ErrorCode:
      | 'VALIDATION_FAILED'
      | 'UNAUTHORIZED'
      | 'NOT_FOUND'
      | 'METHOD_NOT_ALLOWED'
      | 'REQUEST_TIMEOUT'
      | 'REGISTRATION_CLOSED'
      | 'LINK_INVALID'
      | 'DUPLICATE_TEAM'
      | 'CHURCH_LIMIT_REACHED'
      | 'REGISTRATION_FULL'
      | 'INVALID_STATUS_TRANSITION'
      | 'IDEMPOTENCY_KEY_IN_USE'
      | 'IDEMPOTENCY_KEY_MISMATCH'
      | 'PAYLOAD_TOO_LARGE'
      | 'FILE_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'RATE_LIMITED'
      | 'INTERNAL_ERROR'
      | 'SERVICE_UNAVAILABLE';
    /**
     * @description The body of every error response: `success: false`, a stable `error_code` to branch on (which fixes the shape of `details`), a `message` for people and the `request_id` to quote.
     * @example {
     *       "success": false,
     *       "error_code": "VALIDATION_FAILED",
     *       "message": "Input validation failed",
     *       "details": {
     *         "field_errors": {
     *           "captain_email": "must be a valid email address",
     *           "players[3].name": "must be 3-50 characters",
     *           "logo": "must be a PNG or JPEG image"
     *         }
     *       },
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    ErrorEnvelope: {
      /** @enum {boolean} */
      success: false;
      error_code: components['schemas']['ErrorCode'];
      /** @description For people; may change. Branch on `error_code`. */
      message: string;
      /** @description More about the error; its shape is fixed by `error_code` (see each code's schema) */
      details?: unknown;
      /** @description Identifies the request in the server log; also sent as the `X-Request-Id` header. Quote it when reporting a problem. */
      request_id: string;
    };
    /**
     * @description Each bad field (a form field, `players[3].name`, a file, a query parameter, or `body` for the request as a whole) with what is wrong with it; every bad field is reported at once.
     * @example {
     *       "captain_email": "must be a valid email address",
     *       "players[3].name": "must be 3-50 characters"
     *     }
     */
    FieldErrors: {
      [key: string]: string;
    };
    /** @description Which fields are wrong, and how */
    FieldErrorsDetails: {
      field_errors: components['schemas']['FieldErrors'];
    };
    /**
     * @description `FILE_TOO_LARGE` (HTTP 413): a file is larger than its limit (MAX_LOGO_BYTES, MAX_RECEIPT_BYTES).
     * @example {
     *       "success": false,
     *       "error_code": "FILE_TOO_LARGE",
     *       "message": "The file in \"logo\" is larger than 5 MB",
     *       "details": {
     *         "field_errors": {
     *           "logo": "must be at most 5 MB"
     *         }
     *       },
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    FileTooLargeError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'FILE_TOO_LARGE';
      details: components['schemas']['FieldErrorsDetails'];
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      error_code: 'FILE_TOO_LARGE';
    };
    /**
     * @example {
     *       "status": "healthy",
     *       "database": {
     *         "status": "up",
     *         "latency_ms": 0.8
     *       },
     *       "time": "2026-11-23T10:00:00.000Z"
     *     }
     */
    Healthy: {
      /** @enum {string} */
      status: 'healthy';
      database: {
        /** @enum {string} */
        status: 'up';
        /**
         * Format: double
         * @description The round trip of a trivial query, on a connection of its own
         */
        latency_ms: number;
      };
      /**
       * Format: date-time
       * @example 2026-01-10T03:30:05.120Z
       */
      time: string;
    };
    /**
     * @description `IDEMPOTENCY_KEY_IN_USE` (HTTP 409): a request with the same idempotency key is still being processed; retry after `Retry-After` seconds.
     * @example {
     *       "success": false,
     *       "error_code": "IDEMPOTENCY_KEY_IN_USE",
     *       "message": "A request with this idempotency key is still in progress; retry shortly",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    IdempotencyKeyInUseError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'IDEMPOTENCY_KEY_IN_USE';
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      error_code: 'IDEMPOTENCY_KEY_IN_USE';
    };
    /**
     * @description `IDEMPOTENCY_KEY_MISMATCH` (HTTP 422): the idempotency key was already used with a different request.
     * @example {
     *       "success": false,
     *       "error_code": "IDEMPOTENCY_KEY_MISMATCH",
     *       "message": "This idempotency key was already used with a different request",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    IdempotencyKeyMismatchError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'IDEMPOTENCY_KEY_MISMATCH';
    };
    /**
     * @description `INTERNAL_ERROR` (HTTP 500): anything unexpected (the details are in the server log under the request id).
     * @example {
     *       "success": false,
     *       "error_code": "INTERNAL_ERROR",
     *       "message": "An unexpected error occurred",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    InternalErrorError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'INTERNAL_ERROR';
    };
    /**
     * @description `INVALID_STATUS_TRANSITION` (HTTP 409): the team is not in a status that allows this change (e.g. editing an approved team).
     * @example {
     *       "success": false,
     *       "error_code": "INVALID_STATUS_TRANSITION",
     *       "message": "A rejected team cannot be approved; only pending or waitlisted teams can",
     *       "details": {
     *         "current_status": "rejected",
     *         "requested_status": "approved"
     *       },
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    InvalidStatusTransitionError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'INVALID_STATUS_TRANSITION';
      details: components['schemas']['StatusTransitionDetails'];
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      error_code: 'INVALID_STATUS_TRANSITION';
    };
    /**
     * @example {
     *       "success": true,
     *       "data": [
     *         {
     *           "teamId": "ICCT-001",
     *           "teamName": "St. Thomas Strikers",
     *           "churchName": "St. Thomas' Church",
     *           "captainName": "Samuel Joseph",
     *           "captainPhone": "9876543210",
     *           "captainEmail": "captain@example.org",
     *           "viceCaptainName": null,
     *           "viceCaptainPhone": null,
     *           "viceCaptainEmail": null,
     *           "playerCount": 11,
     *           "registrationDate": "2026-01-10T03:30:05.120Z",
     *           "registrationStatus": "pending",
     *           "paymentReceipt": null,
     *           "pastorLetter": "https://api.icct26.example/files/dGVhbXM/pastor_letter.pdf?expires=1767000000&signature=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     *           "groupPhoto": null
     *         }
     *       ]
     *     }
     */
    LegacyAdminTeamList: {
      /** @enum {boolean} */
      success: true;
      data: {
        /**
         * @description TEAM_ID_PREFIX-NNN: unique and gapless
         * @example ICCT-001
         */
        teamId: string;
        teamName: string;
        churchName: string;
        /** @example Samuel Joseph */
        captainName: string;
        /** @example 9876543210 */
        captainPhone: string;
        /**
         * Format: email
         * @example captain@example.org
         */
        captainEmail: string;
        /** @example Samuel Joseph */
        viceCaptainName: string | null;
        /** @example 9876543210 */
        viceCaptainPhone: string | null;
        /**
         * Format: email
         * @example captain@example.org
         */
        viceCaptainEmail: string | null;
        /** Format: int32 */
        playerCount: number;
        /**
         * Format: date-time
         * @example 2026-01-10T03:30:05.120Z
         */
        registrationDate: string;
        registrationStatus: components['schemas']['LegacyTeamStatus'];
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        paymentReceipt: string | null;
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        pastorLetter: string | null;
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        groupPhoto: string | null;
      }[];
    };
    /**
     * @example {
     *       "success": true,
     *       "data": {
     *         "team": {
     *           "teamId": "ICCT-001",
     *           "teamName": "St. Thomas Strikers",
     *           "churchName": "St. Thomas' Church",
     *           "captain": {
     *             "name": "Samuel Joseph",
     *             "phone": "9876543210",
     *             "email": "captain@example.org",
     *             "whatsapp": null
     *           },
     *           "viceCaptain": null,
     *           "paymentReceipt": null,
     *           "pastorLetter": "https://api.icct26.example/files/dGVhbXM/pastor_letter.pdf?expires=1767000000&signature=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     *           "groupPhoto": null,
     *           "registrationDate": "2026-01-10T03:30:05.120Z",
     *           "registrationStatus": "pending"
     *         },
     *         "players": [
     *           {
     *             "playerId": "ICCT-001-P01",
     *             "name": "Player A",
     *             "role": "Batsman",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P02",
     *             "name": "Player B",
     *             "role": "Bowler",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P03",
     *             "name": "Player C",
     *             "role": "All-Rounder",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P04",
     *             "name": "Player D",
     *             "role": "Wicket-Keeper",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P05",
     *             "name": "Player E",
     *             "role": "Batsman",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P06",
     *             "name": "Player F",
     *             "role": "Bowler",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P07",
     *             "name": "Player G",
     *             "role": "All-Rounder",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P08",
     *             "name": "Player H",
     *             "role": "Wicket-Keeper",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P09",
     *             "name": "Player I",
     *             "role": "Batsman",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P10",
     *             "name": "Player J",
     *             "role": "Bowler",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           },
     *           {
     *             "playerId": "ICCT-001-P11",
     *             "name": "Player K",
     *             "role": "All-Rounder",
     *             "aadharFile": null,
     *             "subscriptionFile": null
     *           }
     *         ]
     *       }
     *     }
     */
    LegacyAdminTeamResponse: {
      /** @enum {boolean} */
      success: true;
      data: {
        team: {
          /**
           * @description TEAM_ID_PREFIX-NNN: unique and gapless
           * @example ICCT-001
           */
          teamId: string;
          teamName: string;
          churchName: string;
          captain: {
            /** @example Samuel Joseph */
            name: string | null;
            /** @example 9876543210 */
            phone: string | null;
            /**
             * Format: email
             * @example captain@example.org
             */
            email: string | null;
            /** @example 9876543210 */
            whatsapp: string | null;
          };
          viceCaptain: {
            /** @example Samuel Joseph */
            name: string | null;
            /** @example 9876543210 */
            phone: string | null;
            /**
             * Format: email
             * @example captain@example.org
             */
            email: string | null;
            /** @example 9876543210 */
            whatsapp: string | null;
          } | null;
          /**
           * Format: uri
           * @description An absolute link; a signed one that expires for a private document; null when there is none
           */
          paymentReceipt: string | null;
          /**
           * Format: uri
           * @description An absolute link; a signed one that expires for a private document; null when there is none
           */
          pastorLetter: string | null;
          /**
           * Format: uri
           * @description An absolute link; a signed one that expires for a private document; null when there is none
           */
          groupPhoto: string | null;
          /**
           * Format: date-time
           * @example 2026-01-10T03:30:05.120Z
           */
          registrationDate: string;
          registrationStatus: components['schemas']['LegacyTeamStatus'];
        };
        players: {
          /** @example ICCT-001-P01 */
          playerId: string;
          /** @example Samuel Joseph */
          name: string;
          /** @enum {string} */
          role: 'Batsman' | 'Bowler' | 'All-Rounder' | 'Wicket-Keeper';
          /**
           * Format: uri
           * @description An absolute link; a signed one that expires for a private document; null when there is none
           */
          aadharFile: string | null;
          /**
           * Format: uri
           * @description An absolute link; a signed one that expires for a private document; null when there is none
           */
          subscriptionFile: string | null;
        }[];
      };
    };
    /** @description The FastAPI backend's flat form: `player_N_name`, `player_N_role`, `player_N_aadhar_file` and `player_N_subscription_file` for N = 0, 1, ... without gaps (11-15 players). An empty field counts as not sent. No coach, logo or player phones. The required documents are LEGACY_REQUIRED_DOCUMENTS (default: the pastor letter). */
    LegacyRegistrationForm: {
      /** @description Our `team_name` */
      team_name: string;
      /** @description Our `church_name` */
      church_name: string;
      /** @description Our `captain_name` */
      captain_name: string;
      /** @description Our `captain_phone` */
      captain_phone: string;
      /** @description Our `captain_email` */
      captain_email: string;
      /** @description Our `captain_whatsapp` */
      captain_whatsapp: string;
      /** @description Our `vice_captain_name`; optional (blank: none) */
      vice_name?: string;
      /** @description Our `vice_captain_phone`; optional (blank: none) */
      vice_phone?: string;
      /** @description Our `vice_captain_email`; optional (blank: none) */
      vice_email?: string;
      /** @description Our `vice_captain_whatsapp`; optional (blank: none) */
      vice_whatsapp?: string;
      player_0_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_0_role: string;
      player_1_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_1_role: string;
      player_2_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_2_role: string;
      player_3_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_3_role: string;
      player_4_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_4_role: string;
      player_5_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_5_role: string;
      player_6_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_6_role: string;
      player_7_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_7_role: string;
      player_8_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_8_role: string;
      player_9_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_9_role: string;
      player_10_name: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_10_role: string;
      player_11_name?: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_11_role?: string;
      player_12_name?: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_12_role?: string;
      player_13_name?: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_13_role?: string;
      player_14_name?: string;
      /** @description Batsman, Bowler, All-Rounder, Wicket-Keeper */
      player_14_role?: string;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      pastor_letter: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      payment_receipt?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      group_photo?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_0_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_0_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_1_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_1_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_2_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_2_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_3_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_3_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_4_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_4_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_5_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_5_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_6_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_6_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_7_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_7_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_8_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_8_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_9_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_9_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_10_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_10_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_11_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_11_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_12_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_12_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_13_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_13_subscription_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_14_aadhar_file?: Blob;
      /**
       * Format: binary
       * @description PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)
       */
      player_14_subscription_file?: Blob;
    };
    /**
     * @description Our registration answer plus the FastAPI `registration_status`
     * @example {
     *       "success": true,
     *       "team_id": "ICCT-001",
     *       "message": "Team registered successfully",
     *       "team_name": "St. Thomas Strikers",
     *       "church_name": "St. Thomas' Church",
     *       "player_count": 15,
     *       "status": "pending",
     *       "waitlist_position": null,
     *       "registration_status": "pending"
     *     }
     */
    LegacyRegistrationSuccess: {
      /** @enum {boolean} */
      success: true;
      /**
       * @description TEAM_ID_PREFIX-NNN: unique and gapless
       * @example ICCT-001
       */
      team_id: string;
      message: string;
      team_name: string;
      church_name: string;
      /** Format: int32 */
      player_count: number;
      /** @enum {string} */
      status: 'pending' | 'waitlisted';
      /** Format: int32 */
      waitlist_position: number | null;
      /**
       * @description The FastAPI backend's field: `status` again
       * @enum {string}
       */
      registration_status: 'pending' | 'waitlisted';
    };
    /**
     * @description Our review answer plus the FastAPI fields
     * @example {
     *       "success": true,
     *       "data": {
     *         "team_id": "ICCT-001",
     *         "previous_status": "pending",
     *         "status": "approved",
     *         "reason": null,
     *         "changed_at": "2026-01-16T08:00:00.000Z",
     *         "changed_by": "3f9a1c0b7d2e"
     *       },
     *       "message": "Team registration confirmed successfully",
     *       "team_id": "ICCT-001",
     *       "registration_status": "confirmed",
     *       "email_notification": "queued"
     *     }
     */
    LegacyReviewResponse: {
      /** @enum {boolean} */
      success: true;
      data: {
        /**
         * @description TEAM_ID_PREFIX-NNN: unique and gapless
         * @example ICCT-001
         */
        team_id: string;
        previous_status: components['schemas']['TeamStatus'];
        status: components['schemas']['TeamStatus'];
        reason: string | null;
        /**
         * Format: date-time
         * @example 2026-01-10T03:30:05.120Z
         */
        changed_at: string;
        /** @description The admin key's fingerprint */
        changed_by: string;
      };
      message: string;
      /**
       * @description TEAM_ID_PREFIX-NNN: unique and gapless
       * @example ICCT-001
       */
      team_id: string;
      registration_status: components['schemas']['LegacyTeamStatus'];
      /**
       * @description The captain's email is in the outbox, committed with the change
       * @enum {string}
       */
      email_notification: 'queued';
    };
    /**
     * @example {
     *       "success": true,
     *       "total_teams": 1,
     *       "returned": 1,
     *       "teams": [
     *         {
     *           "team_id": "ICCT-001",
     *           "team_name": "St. Thomas Strikers",
     *           "church_name": "St. Thomas' Church",
     *           "captain_name": "Samuel Joseph",
     *           "pastor_letter": "https://api.icct26.example/files/dGVhbXM/pastor_letter.pdf?expires=1767000000&signature=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     *           "payment_receipt": null,
     *           "group_photo": null,
     *           "registration_date": "2026-01-10T03:30:05.120Z"
     *         }
     *       ]
     *     }
     */
    LegacyTeamList: {
      /** @enum {boolean} */
      success: true;
      /** Format: int32 */
      total_teams: number;
      /** Format: int32 */
      returned: number;
      teams: {
        /**
         * @description TEAM_ID_PREFIX-NNN: unique and gapless
         * @example ICCT-001
         */
        team_id: string;
        team_name: string;
        church_name: string;
        /** @example Samuel Joseph */
        captain_name: string;
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        pastor_letter: string | null;
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        payment_receipt: string | null;
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        group_photo: string | null;
        /**
         * Format: date-time
         * @example 2026-01-10T03:30:05.120Z
         */
        registration_date: string;
      }[];
    };
    /**
     * @example {
     *       "success": true,
     *       "team": {
     *         "team_id": "ICCT-001",
     *         "team_name": "St. Thomas Strikers",
     *         "church_name": "St. Thomas' Church",
     *         "captain": {
     *           "name": "Samuel Joseph",
     *           "phone": "9876543210",
     *           "email": "captain@example.org",
     *           "whatsapp": "9876543211"
     *         },
     *         "viceCaptain": null,
     *         "pastor_letter": "https://api.icct26.example/files/dGVhbXM/pastor_letter.pdf?expires=1767000000&signature=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     *         "payment_receipt": null,
     *         "group_photo": null,
     *         "registration_date": "2026-01-10T03:30:05.120Z"
     *       },
     *       "players": [
     *         {
     *           "player_id": "ICCT-001-P01",
     *           "playerId": "ICCT-001-P01",
     *           "name": "Player A",
     *           "role": "Batsman",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P02",
     *           "playerId": "ICCT-001-P02",
     *           "name": "Player B",
     *           "role": "Bowler",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P03",
     *           "playerId": "ICCT-001-P03",
     *           "name": "Player C",
     *           "role": "All-Rounder",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P04",
     *           "playerId": "ICCT-001-P04",
     *           "name": "Player D",
     *           "role": "Wicket-Keeper",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P05",
     *           "playerId": "ICCT-001-P05",
     *           "name": "Player E",
     *           "role": "Batsman",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P06",
     *           "playerId": "ICCT-001-P06",
     *           "name": "Player F",
     *           "role": "Bowler",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P07",
     *           "playerId": "ICCT-001-P07",
     *           "name": "Player G",
     *           "role": "All-Rounder",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P08",
     *           "playerId": "ICCT-001-P08",
     *           "name": "Player H",
     *           "role": "Wicket-Keeper",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P09",
     *           "playerId": "ICCT-001-P09",
     *           "name": "Player I",
     *           "role": "Batsman",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P10",
     *           "playerId": "ICCT-001-P10",
     *           "name": "Player J",
     *           "role": "Bowler",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         },
     *         {
     *           "player_id": "ICCT-001-P11",
     *           "playerId": "ICCT-001-P11",
     *           "name": "Player K",
     *           "role": "All-Rounder",
     *           "aadhar_file": null,
     *           "subscription_file": null
     *         }
     *       ]
     *     }
     */
    LegacyTeamResponse: {
      /** @enum {boolean} */
      success: true;
      team: {
        /**
         * @description TEAM_ID_PREFIX-NNN: unique and gapless
         * @example ICCT-001
         */
        team_id: string;
        team_name: string;
        church_name: string;
        captain: {
          /** @example Samuel Joseph */
          name: string | null;
          /** @example 9876543210 */
          phone: string | null;
          /**
           * Format: email
           * @example captain@example.org
           */
          email: string | null;
          /** @example 9876543210 */
          whatsapp: string | null;
        };
        viceCaptain: {
          /** @example Samuel Joseph */
          name: string | null;
          /** @example 9876543210 */
          phone: string | null;
          /**
           * Format: email
           * @example captain@example.org
           */
          email: string | null;
          /** @example 9876543210 */
          whatsapp: string | null;
        } | null;
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        pastor_letter: string | null;
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        payment_receipt: string | null;
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        group_photo: string | null;
        /**
         * Format: date-time
         * @example 2026-01-10T03:30:05.120Z
         */
        registration_date: string;
      };
      players: {
        /** @example ICCT-001-P01 */
        player_id: string;
        /** @example ICCT-001-P01 */
        playerId: string;
        /** @example Samuel Joseph */
        name: string;
        /** @enum {string} */
        role: 'Batsman' | 'Bowler' | 'All-Rounder' | 'Wicket-Keeper';
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        aadhar_file: string | null;
        /**
         * Format: uri
         * @description An absolute link; a signed one that expires for a private document; null when there is none
         */
        subscription_file: string | null;
      }[];
    };
    /**
     * @description The FastAPI words: `confirmed` is our `approved`; `waitlisted` and `withdrawn` (which it did not have) keep their names.
     * @enum {string}
     */
    LegacyTeamStatus: 'pending' | 'confirmed' | 'rejected' | 'waitlisted' | 'withdrawn';
    /**
     * @description `LINK_INVALID` (HTTP 403): a link to a private file without its signature or expiry, altered, or expired: ask for the team again for a fresh link.
     * @example {
     *       "success": false,
     *       "error_code": "LINK_INVALID",
     *       "message": "This link is invalid or has expired",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    LinkInvalidError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'LINK_INVALID';
    };
    /**
     * @description `NOT_FOUND` (HTTP 404): no such resource.
     * @example {
     *       "success": false,
     *       "error_code": "NOT_FOUND",
     *       "message": "No team with this team ID",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    NotFoundError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'NOT_FOUND';
    };
    /** @description The largest body accepted, in bytes */
    PayloadTooLargeDetails: {
      /** Format: int32 */
      max_bytes: number;
    };
    /**
     * @description `PAYLOAD_TOO_LARGE` (HTTP 413): the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB).
     * @example {
     *       "success": false,
     *       "error_code": "PAYLOAD_TOO_LARGE",
     *       "message": "Request body too large",
     *       "details": {
     *         "max_bytes": 10485760
     *       },
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    PayloadTooLargeError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'PAYLOAD_TOO_LARGE';
      details?: components['schemas']['PayloadTooLargeDetails'];
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      error_code: 'PAYLOAD_TOO_LARGE';
    };
    Player: {
      /** Format: int32 */
      position: number;
      /** @example Samuel Joseph */
      name: string;
      /** @enum {string} */
      role: 'Batsman' | 'Bowler' | 'All-Rounder' | 'Wicket-Keeper';
      /**
       * @description null for a team registered through the FastAPI-compatible form, which has no player phones
       * @example 9876543210
       */
      phone: string | null;
      /** @description The player's documents, every kind (id_proof, consent_form) sent or not, with its state */
      documents: components['schemas']['TeamDocument'][];
    };
    /**
     * @example {
     *       "name": "Player A",
     *       "role": "Batsman",
     *       "phone": "9876543210"
     *     }
     */
    PlayerInput: {
      /** @description 3-50 characters: letters of any script, spaces and `. , ' - ( ) &` */
      name: string;
      /**
       * @description Any letter case is accepted
       * @enum {string}
       */
      role: 'Batsman' | 'Bowler' | 'All-Rounder' | 'Wicket-Keeper';
      /** @description Exactly 10 digits */
      phone: string;
    };
    /**
     * @description `RATE_LIMITED` (HTTP 429): too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds.
     * @example {
     *       "success": false,
     *       "error_code": "RATE_LIMITED",
     *       "message": "Too many requests; retry later",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    RateLimitedError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'RATE_LIMITED';
    };
    /**
     * @description `REGISTRATION_CLOSED` (HTTP 403): outside the registration window (REGISTRATION_OPENS_AT to REGISTRATION_CLOSES_AT).
     * @example {
     *       "success": false,
     *       "error_code": "REGISTRATION_CLOSED",
     *       "message": "Registration opens at 2026-01-10T03:30:00.000Z",
     *       "details": {
     *         "opens_at": "2026-01-10T03:30:00.000Z",
     *         "closes_at": "2026-01-31T18:29:59.000Z"
     *       },
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    RegistrationClosedError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'REGISTRATION_CLOSED';
      details: components['schemas']['RegistrationWindowDetails'];
    };
    /** @description Any subset of the registration form (at least one field or file); each field sent is checked by the registration rules. `players` replaces the whole list (the documents of players past its end are deleted); a file replaces that file, a player's document included (`players[N].id_proof` for N below the player count after the edit, else `400` "there is no player N+1"). */
    RegistrationEditForm: {
      /** @description 3-80 characters: letters of any script, digits, spaces and `. , ' - ( ) &`. Unique, ignoring case, spacing and look-alike letters. */
      team_name?: string;
      /** @description 3-80 characters: letters of any script, digits, spaces and `. , ' - ( ) &`. At most MAX_TEAMS_PER_CHURCH teams per church. */
      church_name?: string;
      /** @description 3-50 characters: letters of any script, spaces and `. , ' - ( ) &` */
      captain_name?: string;
      /** @description Exactly 10 digits */
      captain_phone?: string;
      /** Format: email */
      captain_email?: string;
      /** @description Exactly 10 digits */
      captain_whatsapp?: string;
      /** @description 3-50 characters: letters of any script, spaces and `. , ' - ( ) &` */
      coach_name?: string;
      /**
       * @description Optional (blank: none); when given, 3-50 characters: letters of any script, spaces and `. , ' - ( ) &` In an edit, a blank value removes it.
       * @example
       */
      vice_captain_name?: string;
      /**
       * @description Optional (blank: none); exactly 10 digits In an edit, a blank value removes it.
       * @example
       */
      vice_captain_phone?: string;
      /**
       * @description Optional (blank: none); an email address In an edit, a blank value removes it.
       * @example
       */
      vice_captain_email?: string;
      /**
       * @description Optional (blank: none); exactly 10 digits In an edit, a blank value removes it.
       * @example
       */
      vice_captain_whatsapp?: string;
      /** @description 11-15 players, sent as ONE form field holding the JSON array (`players=[{"name":...,"role":...,"phone":...},...]`), never as repeated fields. */
      players?: components['schemas']['PlayerInput'][];
      /**
       * Format: binary
       * @description Team logo: PNG, JPEG (checked by content, not by name), at most MAX_LOGO_BYTES (5 MB by default). Required by default: REQUIRED_DOCUMENTS lists the kinds required (a team's kind: this field). In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      logo?: Blob;
      /**
       * Format: binary
       * @description Payment receipt: PNG, JPEG, PDF (checked by content, not by name), at most MAX_RECEIPT_BYTES (5 MB by default). Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a team's kind: this field). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      payment_receipt?: Blob;
      /**
       * Format: binary
       * @description Pastor's letter: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a team's kind: this field). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      pastor_letter?: Blob;
      /**
       * Format: binary
       * @description Group photo: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a team's kind: this field). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      group_photo?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 1: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 1 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[0].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 1: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 1 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[0].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 2: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 2 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[1].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 2: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 2 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[1].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 3: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 3 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[2].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 3: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 3 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[2].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 4: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 4 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[3].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 4: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 4 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[3].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 5: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 5 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[4].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 5: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 5 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[4].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 6: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 6 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[5].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 6: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 6 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[5].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 7: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 7 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[6].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 7: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 7 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[6].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 8: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 8 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[7].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 8: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 8 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[7].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 9: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 9 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[8].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 9: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 9 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[8].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 10: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 10 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[9].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 10: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 10 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[9].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 11: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 11 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[10].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 11: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 11 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[10].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 12: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 12 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[11].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 12: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 12 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[11].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 13: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 13 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[12].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 13: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 13 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[12].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 14: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 14 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[13].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 14: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 14 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[13].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 15: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 15 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[14].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 15: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 15 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires. In an edit, it replaces the one sent before (which is deleted from storage); a player's only for a player the team has after the edit.
       */
      'players[14].consent_form'?: Blob;
    };
    /** @description The registration form (multipart/form-data); every bad field is reported at once. Documents: the team's in `logo`, `payment_receipt`, `pastor_letter`, `group_photo`; each player's in `players[N].id_proof` and `players[N].consent_form`, N the position in `players` from 0. Which are required is REQUIRED_DOCUMENTS (by default logo); a missing one is `400` naming its field. */
    RegistrationForm: {
      /**
       * @description 3-80 characters: letters of any script, digits, spaces and `. , ' - ( ) &`. Unique, ignoring case, spacing and look-alike letters.
       * @example St. Thomas Strikers
       */
      team_name: string;
      /**
       * @description 3-80 characters: letters of any script, digits, spaces and `. , ' - ( ) &`. At most MAX_TEAMS_PER_CHURCH teams per church.
       * @example St. Thomas' Church
       */
      church_name: string;
      /**
       * @description 3-50 characters: letters of any script, spaces and `. , ' - ( ) &`
       * @example John Samuel
       */
      captain_name: string;
      /**
       * @description Exactly 10 digits
       * @example 9876543210
       */
      captain_phone: string;
      /**
       * Format: email
       * @example captain@example.com
       */
      captain_email: string;
      /**
       * @description Exactly 10 digits
       * @example 9876543210
       */
      captain_whatsapp: string;
      /**
       * @description 3-50 characters: letters of any script, spaces and `. , ' - ( ) &`
       * @example David Paul
       */
      coach_name: string;
      /**
       * @description Optional (blank: none); when given, 3-50 characters: letters of any script, spaces and `. , ' - ( ) &`
       * @example
       */
      vice_captain_name?: string;
      /**
       * @description Optional (blank: none); exactly 10 digits
       * @example
       */
      vice_captain_phone?: string;
      /**
       * @description Optional (blank: none); an email address
       * @example
       */
      vice_captain_email?: string;
      /**
       * @description Optional (blank: none); exactly 10 digits
       * @example
       */
      vice_captain_whatsapp?: string;
      /**
       * @description 11-15 players, sent as ONE form field holding the JSON array (`players=[{"name":...,"role":...,"phone":...},...]`), never as repeated fields.
       * @example [
       *       {
       *         "name": "Player A",
       *         "role": "Batsman",
       *         "phone": "9876543210"
       *       },
       *       {
       *         "name": "Player B",
       *         "role": "Bowler",
       *         "phone": "9876543209"
       *       },
       *       {
       *         "name": "Player C",
       *         "role": "All-Rounder",
       *         "phone": "9876543208"
       *       },
       *       {
       *         "name": "Player D",
       *         "role": "Wicket-Keeper",
       *         "phone": "9876543207"
       *       },
       *       {
       *         "name": "Player E",
       *         "role": "Batsman",
       *         "phone": "9876543206"
       *       },
       *       {
       *         "name": "Player F",
       *         "role": "Bowler",
       *         "phone": "9876543205"
       *       },
       *       {
       *         "name": "Player G",
       *         "role": "All-Rounder",
       *         "phone": "9876543204"
       *       },
       *       {
       *         "name": "Player H",
       *         "role": "Wicket-Keeper",
       *         "phone": "9876543203"
       *       },
       *       {
       *         "name": "Player I",
       *         "role": "Batsman",
       *         "phone": "9876543202"
       *       },
       *       {
       *         "name": "Player J",
       *         "role": "Bowler",
       *         "phone": "9876543201"
       *       },
       *       {
       *         "name": "Player K",
       *         "role": "All-Rounder",
       *         "phone": "9876543200"
       *       }
       *     ]
       */
      players: components['schemas']['PlayerInput'][];
      /**
       * Format: binary
       * @description Team logo: PNG, JPEG (checked by content, not by name), at most MAX_LOGO_BYTES (5 MB by default). Required by default: REQUIRED_DOCUMENTS lists the kinds required (a team's kind: this field).
       */
      logo: Blob;
      /**
       * Format: binary
       * @description Payment receipt: PNG, JPEG, PDF (checked by content, not by name), at most MAX_RECEIPT_BYTES (5 MB by default). Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a team's kind: this field). Private: shown only as a signed link that expires.
       */
      payment_receipt?: Blob;
      /**
       * Format: binary
       * @description Pastor's letter: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a team's kind: this field). Private: shown only as a signed link that expires.
       */
      pastor_letter?: Blob;
      /**
       * Format: binary
       * @description Group photo: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a team's kind: this field). Private: shown only as a signed link that expires.
       */
      group_photo?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 1: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 1 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[0].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 1: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 1 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[0].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 2: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 2 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[1].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 2: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 2 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[1].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 3: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 3 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[2].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 3: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 3 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[2].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 4: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 4 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[3].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 4: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 4 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[3].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 5: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 5 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[4].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 5: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 5 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[4].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 6: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 6 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[5].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 6: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 6 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[5].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 7: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 7 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[6].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 7: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 7 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[6].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 8: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 8 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[7].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 8: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 8 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[7].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 9: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 9 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[8].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 9: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 9 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[8].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 10: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 10 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[9].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 10: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 10 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[9].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 11: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 11 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[10].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 11: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 11 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[10].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 12: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 12 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[11].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 12: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 12 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[11].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 13: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 13 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[12].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 13: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 13 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[12].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 14: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 14 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[13].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 14: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 14 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[13].consent_form'?: Blob;
      /**
       * Format: binary
       * @description ID proof of player 15: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 15 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[14].id_proof'?: Blob;
      /**
       * Format: binary
       * @description Consent form of player 15: PNG, JPEG, PDF (checked by content, not by name), at most MAX_DOCUMENT_BYTES (5 MB by default). Only for a team of at least 15 players. Optional by default: REQUIRED_DOCUMENTS lists the kinds required (a player's kind: every player's). Private: shown only as a signed link that expires.
       */
      'players[14].consent_form'?: Blob;
    };
    /** @description MAX_TEAMS (`null`: no cap) */
    RegistrationFullDetails: {
      /** Format: int32 */
      max_teams: number | null;
    };
    /**
     * @description `REGISTRATION_FULL` (HTTP 409): all MAX_TEAMS places are taken and the waitlist is off (WAITLIST_ENABLED=false), or no place is free to approve a waitlisted team.
     * @example {
     *       "success": false,
     *       "error_code": "REGISTRATION_FULL",
     *       "message": "All places are taken",
     *       "details": {
     *         "max_teams": 64
     *       },
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    RegistrationFullError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'REGISTRATION_FULL';
      details: components['schemas']['RegistrationFullDetails'];
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      error_code: 'REGISTRATION_FULL';
    };
    /**
     * @description Whether registration is open, and the places
     * @example {
     *       "success": true,
     *       "open": true,
     *       "opens_at": "2026-01-10T03:30:00.000Z",
     *       "closes_at": "2026-01-31T18:29:59.000Z",
     *       "max_teams": 64,
     *       "registered": 61,
     *       "remaining": 3,
     *       "waitlisted": 0,
     *       "waitlist_enabled": true,
     *       "max_teams_per_church": 2,
     *       "church": {
     *         "name": "St. Thomas' Church",
     *         "teams": 1,
     *         "remaining": 1
     *       }
     *     }
     */
    RegistrationStatus: {
      /** @enum {boolean} */
      success: true;
      /** @description Inside the registration window now */
      open: boolean;
      /**
       * Format: date-time
       * @description REGISTRATION_OPENS_AT; null: always open
       * @example 2026-01-10T03:30:05.120Z
       */
      opens_at: string | null;
      /**
       * Format: date-time
       * @description REGISTRATION_CLOSES_AT; null: never closes
       * @example 2026-01-10T03:30:05.120Z
       */
      closes_at: string | null;
      /**
       * Format: int32
       * @description MAX_TEAMS; null: no cap
       */
      max_teams: number | null;
      /**
       * Format: int32
       * @description Teams holding a place (pending and approved)
       */
      registered: number;
      /**
       * Format: int32
       * @description Places left; null without MAX_TEAMS
       */
      remaining: number | null;
      /** Format: int32 */
      waitlisted: number;
      waitlist_enabled: boolean;
      /** Format: int32 */
      max_teams_per_church: number;
      /** @description Only with `?church=NAME` */
      church?: {
        /** @description The name asked for, trimmed and spaces collapsed */
        name: string;
        /**
         * Format: int32
         * @description The church's teams as its limit counts them
         */
        teams: number;
        /** Format: int32 */
        remaining: number;
      };
    };
    /**
     * @description The team is registered: pending review, or on the waitlist
     * @example {
     *       "success": true,
     *       "team_id": "ICCT-001",
     *       "message": "Team registered successfully",
     *       "team_name": "St. Thomas Strikers",
     *       "church_name": "St. Thomas' Church",
     *       "player_count": 11,
     *       "status": "pending",
     *       "waitlist_position": null
     *     }
     */
    RegistrationSuccess: {
      /** @enum {boolean} */
      success: true;
      /**
       * @description TEAM_ID_PREFIX-NNN: unique and gapless
       * @example ICCT-001
       */
      team_id: string;
      /** @example Team registered successfully */
      message: string;
      /** @description As saved: trimmed, inner spaces collapsed */
      team_name: string;
      church_name: string;
      /** Format: int32 */
      player_count: number;
      /**
       * @description pending: holds a place and waits for an admin; waitlisted: all MAX_TEAMS places were taken
       * @enum {string}
       */
      status: 'pending' | 'waitlisted';
      /**
       * Format: int32
       * @description The place in line when waitlisted (1 is next); null when the team holds a place
       */
      waitlist_position: number | null;
    };
    /** @description The window; `null` for an end that is open */
    RegistrationWindowDetails: {
      /** Format: date-time */
      opens_at: string | null;
      /** Format: date-time */
      closes_at: string | null;
    };
    /**
     * @example {
     *       "reason": "Payment receipt is unreadable"
     *     }
     */
    RejectTeamRequest: {
      /** @description Required, not blank. Trimmed; at most 500 characters, no control characters but line breaks. Emailed to the captain. */
      reason: string;
    };
    /**
     * @description `REQUEST_TIMEOUT` (HTTP 408): the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole).
     * @example {
     *       "success": false,
     *       "error_code": "REQUEST_TIMEOUT",
     *       "message": "Request timeout exceeded",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    RequestTimeoutError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'REQUEST_TIMEOUT';
    };
    /**
     * @example {
     *       "success": true,
     *       "data": {
     *         "team_id": "ICCT-001",
     *         "sent_to": "captain@example.org",
     *         "message": "A new private link was emailed to the captain"
     *       }
     *     }
     */
    ResendLinkResponse: {
      /** @enum {boolean} */
      success: true;
      data: {
        /**
         * @description TEAM_ID_PREFIX-NNN: unique and gapless
         * @example ICCT-001
         */
        team_id: string;
        /**
         * Format: email
         * @description The captain's email address the link goes to
         * @example captain@example.org
         */
        sent_to: string;
        message: string;
      };
    };
    /**
     * @example {
     *       "status": "ok",
     *       "version": "1.0.0",
     *       "commit": "5e9c332a4b1d0f8e7c6a5b4d3e2f1a0b9c8d7e6f",
     *       "environment": "production",
     *       "uptime_seconds": 3600,
     *       "database": {
     *         "driver": "postgres",
     *         "latency_ms": 0.9,
     *         "pool": {
     *           "size": 30,
     *           "open": 4,
     *           "active": 1
     *         }
     *       },
     *       "breakers": {
     *         "cloudinary": {
     *           "state": "closed",
     *           "backend": "cloudinary",
     *           "since": "2026-11-23T12:00:00.000Z",
     *           "fires": 12,
     *           "successes": 12,
     *           "failures": 0,
     *           "rejects": 0,
     *           "timeouts": 0,
     *           "latency_mean_ms": 180
     *         }
     *       },
     *       "rate_limiter": {
     *         "backend": "redis",
     *         "state": "ok",
     *         "last_error_at": null
     *       },
     *       "outbox": {
     *         "pending": 3,
     *         "dead": 0
     *       },
     *       "uploads": {
     *         "pending": 0,
     *         "dead": 0,
     *         "deletions_pending": 0,
     *         "deletions_scheduled": 14,
     *         "deletions_dead": 0
     *       },
     *       "memory": {
     *         "rss_mb": 120.5,
     *         "heap_used_mb": 48.2
     *       }
     *     }
     */
    ServiceStatus: {
      /** @enum {string} */
      status: 'ok';
      /** @description From package.json */
      version: string;
      /** @description GIT_COMMIT or the checkout; null when unknown */
      commit: string | null;
      /** @enum {string} */
      environment: 'development' | 'test' | 'staging' | 'production';
      /** Format: int32 */
      uptime_seconds: number;
      database: {
        /** @enum {string} */
        driver: 'postgres' | 'pglite';
        /** Format: double */
        latency_ms: number;
        pool: {
          /** Format: int32 */
          size: number;
          /** Format: int32 */
          open: number;
          /** Format: int32 */
          active: number;
        };
      };
      breakers: {
        cloudinary?: components['schemas']['BreakerStatus'];
        smtp?: components['schemas']['BreakerStatus'];
      };
      rate_limiter: {
        /** @enum {string} */
        backend: 'redis' | 'memory';
        /**
         * @description `degraded`: Redis does not answer, and requests are let through unlimited
         * @enum {string}
         */
        state: 'ok' | 'degraded';
        /**
         * Format: date-time
         * @example 2026-01-10T03:30:05.120Z
         */
        last_error_at: string | null;
      };
      /** @description The email outbox */
      outbox: {
        /** Format: int32 */
        pending: number;
        /** Format: int32 */
        dead: number;
      };
      uploads: {
        /** Format: int32 */
        pending: number;
        /** Format: int32 */
        dead: number;
        /**
         * Format: int32
         * @description Stored files to delete now: due, or tried again after a failure
         */
        deletions_pending: number;
        /**
         * Format: int32
         * @description Stored files to delete later, not due yet: the private documents of rejected and withdrawn teams, kept DOCUMENT_RETENTION_DAYS
         */
        deletions_scheduled: number;
        /** Format: int32 */
        deletions_dead: number;
      };
      memory: {
        /** Format: double */
        rss_mb: number;
        /** Format: double */
        heap_used_mb: number;
      };
    };
    /**
     * @description `SERVICE_UNAVAILABLE` (HTTP 503): the database is unreachable; retry after `Retry-After` seconds.
     * @example {
     *       "success": false,
     *       "error_code": "SERVICE_UNAVAILABLE",
     *       "message": "Service temporarily unavailable",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    ServiceUnavailableError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'SERVICE_UNAVAILABLE';
    };
    StatusChange: {
      /**
       * @description null for the registration itself
       * @enum {string|null}
       */
      from_status: 'pending' | 'approved' | 'rejected' | 'waitlisted' | 'withdrawn' | null;
      to_status: components['schemas']['TeamStatus'];
      reason: string | null;
      /** Format: date-time */
      at: string;
    };
    /**
     * @example {
     *       "success": true,
     *       "data": {
     *         "team_id": "ICCT-012",
     *         "previous_status": "pending",
     *         "status": "rejected",
     *         "reason": "The payment receipt is unreadable; please register again with a clear copy.",
     *         "changed_at": "2026-01-16T08:00:00.000Z",
     *         "changed_by": "3f9a1c0b7d2e"
     *       }
     *     }
     */
    StatusChangeResponse: {
      /** @enum {boolean} */
      success: true;
      data: {
        /**
         * @description TEAM_ID_PREFIX-NNN: unique and gapless
         * @example ICCT-001
         */
        team_id: string;
        previous_status: components['schemas']['TeamStatus'];
        status: components['schemas']['TeamStatus'];
        reason: string | null;
        /**
         * Format: date-time
         * @example 2026-01-10T03:30:05.120Z
         */
        changed_at: string;
        /** @description The admin key's fingerprint (never the key) */
        changed_by: string;
      };
    };
    StatusTransitionDetails: {
      current_status: components['schemas']['TeamStatus'];
      /**
       * @description The status asked for; absent for an edit
       * @enum {string}
       */
      requested_status?: 'approved' | 'rejected' | 'withdrawn';
    };
    /**
     * @example {
     *       "kind": "id_proof",
     *       "field": "players[3].id_proof",
     *       "label": "ID proof",
     *       "required": false,
     *       "state": "not_sent",
     *       "url": null,
     *       "content_type": null,
     *       "size_bytes": null,
     *       "uploaded_at": null
     *     }
     */
    TeamDocument: {
      /** @enum {string} */
      kind: 'logo' | 'payment_receipt' | 'pastor_letter' | 'group_photo' | 'id_proof' | 'consent_form';
      /**
       * @description The multipart field that sends or replaces it (an edit through the private link)
       * @example players[3].id_proof
       */
      field: string;
      /**
       * @description What a captain calls it
       * @enum {string}
       */
      label:
        'Team logo' | 'Payment receipt' | "Pastor's letter" | 'Group photo' | 'ID proof' | 'Consent form';
      /** @description The team is expected to have it: its kind is in REQUIRED_DOCUMENTS or LEGACY_REQUIRED_DOCUMENTS */
      required: boolean;
      /**
       * @description `uploaded`; `pending`: accepted while the file storage was down, not uploaded yet (no `url`); `missing`: required and not sent; `not_sent`: optional and not sent
       * @enum {string}
       */
      state: 'uploaded' | 'pending' | 'missing' | 'not_sent';
      /**
       * Format: uri
       * @description The logo: its public address; any other document: a signed link that expires (DOCUMENT_LINK_TTL_SECONDS), made for this response. null while pending; null unless sent
       */
      url: string | null;
      /** @enum {string|null} */
      content_type: 'image/png' | 'image/jpeg' | 'application/pdf' | null;
      /**
       * Format: int32
       * @description null unless sent
       */
      size_bytes: number | null;
      /**
       * Format: date-time
       * @description null unless sent
       */
      uploaded_at: string | null;
    };
    TeamEdit: {
      /** @description The form fields and files the edit changed (never their old values) */
      fields: string[];
      /** Format: date-time */
      at: string;
    };
    TeamFile: {
      /** @enum {string} */
      kind: 'logo' | 'payment_receipt' | 'pastor_letter' | 'group_photo';
      /**
       * @description `pending`: accepted while the file storage was down, not uploaded yet (no `url`)
       * @enum {string}
       */
      state: 'uploaded' | 'pending';
      /**
       * Format: uri
       * @description The logo: its public address. Any other document (private): a signed link that expires (DOCUMENT_LINK_TTL_SECONDS), made for this response. null while pending.
       */
      url: string | null;
      /** @enum {string} */
      content_type: 'image/png' | 'image/jpeg' | 'application/pdf';
      /** Format: int32 */
      size_bytes: number;
      /** Format: date-time */
      uploaded_at: string | null;
    };
    /**
     * @example {
     *       "success": true,
     *       "data": [
     *         {
     *           "team_id": "ICCT-001",
     *           "team_name": "Zion Strikers",
     *           "church_name": "St. Thomas Church",
     *           "captain_name": "Samuel Joseph",
     *           "captain_email": "captain@example.org",
     *           "captain_phone": "9876543210",
     *           "player_count": 11,
     *           "status": "pending",
     *           "logo_url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
     *           "created_at": "2026-11-23T10:00:00.000Z"
     *         }
     *       ],
     *       "pagination": {
     *         "page": 1,
     *         "limit": 20,
     *         "total": 1,
     *         "total_pages": 1
     *       }
     *     }
     */
    TeamListResponse: {
      /** @enum {boolean} */
      success: true;
      data: components['schemas']['TeamSummary'][];
      pagination: {
        /** Format: int32 */
        page: number;
        /** Format: int32 */
        limit: number;
        /**
         * Format: int32
         * @description Teams matching the filters, on all pages
         */
        total: number;
        /** Format: int32 */
        total_pages: number;
      };
    };
    /**
     * @example {
     *       "success": true,
     *       "data": {
     *         "teams": {
     *           "total": 42,
     *           "by_status": {
     *             "pending": 28,
     *             "approved": 10,
     *             "rejected": 2,
     *             "waitlisted": 1,
     *             "withdrawn": 1
     *           },
     *           "max_teams": 40
     *         },
     *         "teams_per_church": [
     *           {
     *             "church_name": "Grace Church",
     *             "teams": 2
     *           }
     *         ],
     *         "players": 520,
     *         "pending_uploads": 1,
     *         "dead_uploads": 0,
     *         "emails": {
     *           "pending": 3,
     *           "sent": 80,
     *           "dead": 0
     *         },
     *         "documents": {
     *           "expected": [
     *             "logo",
     *             "pastor_letter"
     *           ],
     *           "teams_missing_documents": 5,
     *           "missing_by_kind": {
     *             "logo": 0,
     *             "payment_receipt": 0,
     *             "pastor_letter": 5,
     *             "group_photo": 0,
     *             "id_proof": 0,
     *             "consent_form": 0
     *           }
     *         }
     *       }
     *     }
     */
    TeamStatsResponse: {
      /** @enum {boolean} */
      success: true;
      data: {
        teams: {
          /** Format: int32 */
          total: number;
          by_status: {
            /** Format: int32 */
            pending: number;
            /** Format: int32 */
            approved: number;
            /** Format: int32 */
            rejected: number;
            /** Format: int32 */
            waitlisted: number;
            /** Format: int32 */
            withdrawn: number;
          };
          /**
           * Format: int32
           * @description MAX_TEAMS; null: no cap
           */
          max_teams: number | null;
        };
        /** @description Largest first; names differing only in case, spacing or look-alike letters are one church */
        teams_per_church: {
          church_name: string;
          /** Format: int32 */
          teams: number;
        }[];
        /** Format: int32 */
        players: number;
        /**
         * Format: int32
         * @description Files accepted while the file storage was down, waiting to be uploaded
         */
        pending_uploads: number;
        /**
         * Format: int32
         * @description Such files given up after STORAGE_MAX_ATTEMPTS (their bytes are kept)
         */
        dead_uploads: number;
        /** @description The email outbox: `dead` gave up after EMAIL_MAX_ATTEMPTS */
        emails: {
          /** Format: int32 */
          pending: number;
          /** Format: int32 */
          sent: number;
          /** Format: int32 */
          dead: number;
        };
        /** @description What teams still in the running lack, of the documents they are expected to have */
        documents: {
          /** @description The kinds every team is expected to have: REQUIRED_DOCUMENTS and LEGACY_REQUIRED_DOCUMENTS together (a team does not record which route registered it); a player's kind means every player's */
          expected: (
            'logo' | 'payment_receipt' | 'pastor_letter' | 'group_photo' | 'id_proof' | 'consent_form'
          )[];
          /**
           * Format: int32
           * @description Pending, waitlisted and approved teams that lack at least one expected document
           */
          teams_missing_documents: number;
          /** @description The expected documents those teams lack, by kind (a player's kind: one per player without it); 0 for a kind not expected */
          missing_by_kind: {
            /** Format: int32 */
            logo: number;
            /** Format: int32 */
            payment_receipt: number;
            /** Format: int32 */
            pastor_letter: number;
            /** Format: int32 */
            group_photo: number;
            /** Format: int32 */
            id_proof: number;
            /** Format: int32 */
            consent_form: number;
          };
        };
      };
    };
    /**
     * @description `pending` and `approved` teams hold a place; `waitlisted` ones wait for one; `rejected` and `withdrawn` are final.
     * @enum {string}
     */
    TeamStatus: 'pending' | 'approved' | 'rejected' | 'waitlisted' | 'withdrawn';
    TeamSummary: {
      /**
       * @description TEAM_ID_PREFIX-NNN: unique and gapless
       * @example ICCT-001
       */
      team_id: string;
      team_name: string;
      church_name: string;
      /** @example Samuel Joseph */
      captain_name: string;
      /**
       * Format: email
       * @example captain@example.org
       */
      captain_email: string;
      /** @example 9876543210 */
      captain_phone: string;
      /** Format: int32 */
      player_count: number;
      status: components['schemas']['TeamStatus'];
      /**
       * Format: uri
       * @description null while the logo waits to be uploaded
       */
      logo_url: string | null;
      /**
       * Format: date-time
       * @example 2026-01-10T03:30:05.120Z
       */
      created_at: string;
    };
    /**
     * @description `UNAUTHORIZED` (HTTP 401): the admin API key is missing or wrong.
     * @example {
     *       "success": false,
     *       "error_code": "UNAUTHORIZED",
     *       "message": "A valid admin API key is required",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    UnauthorizedError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'UNAUTHORIZED';
    };
    /**
     * @description Kept from the FastAPI backend for monitors: not the error envelope
     * @example {
     *       "status": "unhealthy",
     *       "database": {
     *         "status": "down"
     *       },
     *       "time": "2026-11-23T10:00:00.000Z"
     *     }
     */
    Unhealthy: {
      /** @enum {string} */
      status: 'unhealthy';
      database: {
        /** @enum {string} */
        status: 'down';
      };
      /**
       * Format: date-time
       * @example 2026-01-10T03:30:05.120Z
       */
      time: string;
    };
    /**
     * @description `UNSUPPORTED_MEDIA_TYPE` (HTTP 415): the body is not of the type the route reads, or is compressed (`Content-Encoding`).
     * @example {
     *       "success": false,
     *       "error_code": "UNSUPPORTED_MEDIA_TYPE",
     *       "message": "The request body must be multipart/form-data",
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    UnsupportedMediaTypeError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'UNSUPPORTED_MEDIA_TYPE';
    };
    /**
     * @description `VALIDATION_FAILED` (HTTP 400): a field is missing or invalid (all are reported at once), or the request is malformed.
     * @example {
     *       "success": false,
     *       "error_code": "VALIDATION_FAILED",
     *       "message": "Input validation failed",
     *       "details": {
     *         "field_errors": {
     *           "captain_email": "must be a valid email address",
     *           "players[3].name": "must be 3-50 characters",
     *           "logo": "must be a PNG or JPEG image"
     *         }
     *       },
     *       "request_id": "4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24"
     *     }
     */
    ValidationFailedError: components['schemas']['ErrorEnvelope'] & {
      /** @enum {string} */
      error_code: 'VALIDATION_FAILED';
      details?: components['schemas']['FieldErrorsDetails'];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description Identifies the request in the server log (and is the error body's `request_id`): the client's own `X-Request-Id` when it sent a well-formed one (8-128 of `A-Z a-z 0-9 . _ : -`), else a new UUID. */
    'X-Request-Id.always': string;
    /** @description Requests per minute allowed in the budget this request spent (RATE_LIMIT_REQUESTS for changes, RATE_LIMIT_READ_REQUESTS for reads, RATE_LIMIT_ADMIN_REQUESTS under /admin), per client IP and route. Sent on every answer that got as far as the rate limit, and also as `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` for older clients. */
    'RateLimit-Limit.always': number;
    /** @description Requests left in that budget this minute */
    'RateLimit-Remaining.always': number;
    /** @description Seconds until that budget is full again */
    'RateLimit-Reset.always': number;
    /** @description Only when CORS_ORIGINS is set and the request came from one of those origins (CORS is off by default). */
    'Access-Control-Allow-Origin': string;
    /** @description Requests per minute allowed in the budget this request spent (RATE_LIMIT_REQUESTS for changes, RATE_LIMIT_READ_REQUESTS for reads, RATE_LIMIT_ADMIN_REQUESTS under /admin), per client IP and route. Sent on every answer that got as far as the rate limit, and also as `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` for older clients. */
    'RateLimit-Limit': number;
    /** @description Requests left in that budget this minute */
    'RateLimit-Remaining': number;
    /** @description Seconds until that budget is full again */
    'RateLimit-Reset': number;
    /** @description Present on a replay: this is the stored answer to the first request sent with the same `Idempotency-Key` (its status and body), not a new one. */
    'Idempotent-Replayed': 'true';
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  metrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text exposition format 0.0.4 */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example # HELP http_requests_total Requests by route and status
           *     # TYPE http_requests_total counter
           */
          'text/plain': string;
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
    };
  };
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The database answers */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "healthy",
           *       "database": {
           *         "status": "up",
           *         "latency_ms": 0.8
           *       },
           *       "time": "2026-11-23T10:00:00.000Z"
           *     }
           */
          'application/json': components['schemas']['Healthy'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description The database does not answer within 1 s */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "unhealthy",
           *       "database": {
           *         "status": "down"
           *       },
           *       "time": "2026-11-23T10:00:00.000Z"
           *     }
           */
          'application/json': components['schemas']['Unhealthy'];
        };
      };
    };
  };
  serviceStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The service status */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "ok",
           *       "version": "1.0.0",
           *       "commit": "5e9c332a4b1d0f8e7c6a5b4d3e2f1a0b9c8d7e6f",
           *       "environment": "production",
           *       "uptime_seconds": 3600,
           *       "database": {
           *         "driver": "postgres",
           *         "latency_ms": 0.9,
           *         "pool": {
           *           "size": 30,
           *           "open": 4,
           *           "active": 1
           *         }
           *       },
           *       "breakers": {
           *         "cloudinary": {
           *           "state": "closed",
           *           "backend": "cloudinary",
           *           "since": "2026-11-23T12:00:00.000Z",
           *           "fires": 12,
           *           "successes": 12,
           *           "failures": 0,
           *           "rejects": 0,
           *           "timeouts": 0,
           *           "latency_mean_ms": 180
           *         }
           *       },
           *       "rate_limiter": {
           *         "backend": "redis",
           *         "state": "ok",
           *         "last_error_at": null
           *       },
           *       "outbox": {
           *         "pending": 3,
           *         "dead": 0
           *       },
           *       "uploads": {
           *         "pending": 0,
           *         "dead": 0,
           *         "deletions_pending": 0,
           *         "deletions_scheduled": 14,
           *         "deletions_dead": 0
           *       },
           *       "memory": {
           *         "rss_mb": 120.5,
           *         "heap_used_mb": 48.2
           *       }
           *     }
           */
          'application/json': components['schemas']['ServiceStatus'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  registerTeam: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as an RFC 8941 quoted string. Retrying with the same key and the same request replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running `409 IDEMPOTENCY_KEY_IN_USE`. */
        'Idempotency-Key'?: string;
        /** @description The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal). */
        'X-Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['RegistrationForm'];
      };
    };
    responses: {
      /** @description The team is registered: pending review, or on the waitlist */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationSuccess'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `REGISTRATION_CLOSED`: outside the registration window (REGISTRATION_OPENS_AT to REGISTRATION_CLOSES_AT) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationClosedError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `DUPLICATE_TEAM`: a team of that name exists (compared as the name key: case, spacing, invisible characters and look-alike letters do not count); `CHURCH_LIMIT_REACHED`: the church already has MAX_TEAMS_PER_CHURCH teams (rejected and withdrawn teams do not count); `REGISTRATION_FULL`: all MAX_TEAMS places are taken and the waitlist is off (WAITLIST_ENABLED=false), or no place is free to approve a waitlisted team; `IDEMPOTENCY_KEY_IN_USE`: a request with the same idempotency key is still being processed; retry after `Retry-After` seconds */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['DuplicateTeamError']
            | components['schemas']['ChurchLimitReachedError']
            | components['schemas']['RegistrationFullError']
            | components['schemas']['IdempotencyKeyInUseError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB); `FILE_TOO_LARGE`: a file is larger than its limit (MAX_LOGO_BYTES, MAX_RECEIPT_BYTES) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json':
            components['schemas']['PayloadTooLargeError'] | components['schemas']['FileTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_MISMATCH`: the idempotency key was already used with a different request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyMismatchError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  registrationStatus: {
    parameters: {
      query?: {
        /** @description A church name (blank: as if absent) */
        church?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The window and the counts */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "open": true,
           *       "opens_at": "2026-01-10T03:30:00.000Z",
           *       "closes_at": "2026-01-31T18:29:59.000Z",
           *       "max_teams": 64,
           *       "registered": 61,
           *       "remaining": 3,
           *       "waitlisted": 0,
           *       "waitlist_enabled": true,
           *       "max_teams_per_church": 2,
           *       "church": {
           *         "name": "St. Thomas' Church",
           *         "teams": 1,
           *         "remaining": 1
           *       }
           *     }
           */
          'application/json': components['schemas']['RegistrationStatus'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  viewRegistration: {
    parameters: {
      query: {
        /** @description The secret from the link in the confirmation email (43 characters, base64url). A wrong or missing token is answered exactly like an unknown team: `404 NOT_FOUND`. It is never logged; responses carry `Cache-Control: no-store` and `Referrer-Policy: no-referrer`. */
        token: string;
      };
      header?: never;
      path: {
        /** @description The team ID from the confirmation email */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team as the captain entered it, its status and place in line, file states, status history (with reasons) and the list of edits (which fields, when) */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team_id": "ICCT-001",
           *         "team_name": "St. Thomas Strikers",
           *         "church_name": "St. Thomas' Church",
           *         "status": "waitlisted",
           *         "waitlist_position": 2,
           *         "player_count": 11,
           *         "created_at": "2026-01-10T03:30:05.120Z",
           *         "updated_at": "2026-01-11T08:12:40.002Z",
           *         "captain": {
           *           "name": "Samuel Joseph",
           *           "phone": "9876543210",
           *           "email": "captain@example.org",
           *           "whatsapp": "9876543210"
           *         },
           *         "vice_captain": null,
           *         "coach": {
           *           "name": "Thomas Mathew"
           *         },
           *         "players": [
           *           {
           *             "position": 1,
           *             "name": "Player A",
           *             "role": "Batsman",
           *             "phone": "9876543210",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[0].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[0].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 2,
           *             "name": "Player B",
           *             "role": "Bowler",
           *             "phone": "9876543209",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[1].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[1].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 3,
           *             "name": "Player C",
           *             "role": "All-Rounder",
           *             "phone": "9876543208",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[2].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[2].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 4,
           *             "name": "Player D",
           *             "role": "Wicket-Keeper",
           *             "phone": "9876543207",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[3].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[3].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 5,
           *             "name": "Player E",
           *             "role": "Batsman",
           *             "phone": "9876543206",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[4].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[4].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 6,
           *             "name": "Player F",
           *             "role": "Bowler",
           *             "phone": "9876543205",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[5].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[5].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 7,
           *             "name": "Player G",
           *             "role": "All-Rounder",
           *             "phone": "9876543204",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[6].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[6].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 8,
           *             "name": "Player H",
           *             "role": "Wicket-Keeper",
           *             "phone": "9876543203",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[7].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[7].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 9,
           *             "name": "Player I",
           *             "role": "Batsman",
           *             "phone": "9876543202",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[8].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[8].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 10,
           *             "name": "Player J",
           *             "role": "Bowler",
           *             "phone": "9876543201",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[9].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[9].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 11,
           *             "name": "Player K",
           *             "role": "All-Rounder",
           *             "phone": "9876543200",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[10].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[10].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           }
           *         ],
           *         "documents": [
           *           {
           *             "kind": "logo",
           *             "field": "logo",
           *             "label": "Team logo",
           *             "required": true,
           *             "state": "uploaded",
           *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
           *             "content_type": "image/png",
           *             "size_bytes": 48213,
           *             "uploaded_at": "2026-01-10T03:30:05.000Z"
           *           },
           *           {
           *             "kind": "payment_receipt",
           *             "field": "payment_receipt",
           *             "label": "Payment receipt",
           *             "required": false,
           *             "state": "not_sent",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           },
           *           {
           *             "kind": "pastor_letter",
           *             "field": "pastor_letter",
           *             "label": "Pastor's letter",
           *             "required": true,
           *             "state": "missing",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           },
           *           {
           *             "kind": "group_photo",
           *             "field": "group_photo",
           *             "label": "Group photo",
           *             "required": false,
           *             "state": "not_sent",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           }
           *         ],
           *         "files": [
           *           {
           *             "kind": "logo",
           *             "state": "uploaded",
           *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
           *             "content_type": "image/png",
           *             "size_bytes": 48213,
           *             "uploaded_at": "2026-01-10T03:30:05.000Z"
           *           }
           *         ],
           *         "status_history": [
           *           {
           *             "from_status": null,
           *             "to_status": "waitlisted",
           *             "reason": null,
           *             "at": "2026-01-10T03:30:05.120Z"
           *           }
           *         ],
           *         "changes": [
           *           {
           *             "fields": [
           *               "captain_phone",
           *               "logo"
           *             ],
           *             "at": "2026-01-11T08:12:40.002Z"
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['CaptainTeamResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  editRegistration: {
    parameters: {
      query: {
        /** @description The secret from the link in the confirmation email (43 characters, base64url). A wrong or missing token is answered exactly like an unknown team: `404 NOT_FOUND`. It is never logged; responses carry `Cache-Control: no-store` and `Referrer-Policy: no-referrer`. */
        token: string;
      };
      header?: {
        /** @description A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as an RFC 8941 quoted string. Retrying with the same key and the same request replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running `409 IDEMPOTENCY_KEY_IN_USE`. */
        'Idempotency-Key'?: string;
        /** @description The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal). */
        'X-Idempotency-Key'?: string;
      };
      path: {
        /** @description The team ID from the confirmation email */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['RegistrationEditForm'];
      };
    };
    responses: {
      /** @description The registration after the edit */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team_id": "ICCT-001",
           *         "team_name": "St. Thomas Strikers",
           *         "church_name": "St. Thomas' Church",
           *         "status": "waitlisted",
           *         "waitlist_position": 2,
           *         "player_count": 11,
           *         "created_at": "2026-01-10T03:30:05.120Z",
           *         "updated_at": "2026-01-11T08:12:40.002Z",
           *         "captain": {
           *           "name": "Samuel Joseph",
           *           "phone": "9876543210",
           *           "email": "captain@example.org",
           *           "whatsapp": "9876543210"
           *         },
           *         "vice_captain": null,
           *         "coach": {
           *           "name": "Thomas Mathew"
           *         },
           *         "players": [
           *           {
           *             "position": 1,
           *             "name": "Player A",
           *             "role": "Batsman",
           *             "phone": "9876543210",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[0].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[0].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 2,
           *             "name": "Player B",
           *             "role": "Bowler",
           *             "phone": "9876543209",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[1].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[1].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 3,
           *             "name": "Player C",
           *             "role": "All-Rounder",
           *             "phone": "9876543208",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[2].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[2].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 4,
           *             "name": "Player D",
           *             "role": "Wicket-Keeper",
           *             "phone": "9876543207",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[3].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[3].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 5,
           *             "name": "Player E",
           *             "role": "Batsman",
           *             "phone": "9876543206",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[4].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[4].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 6,
           *             "name": "Player F",
           *             "role": "Bowler",
           *             "phone": "9876543205",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[5].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[5].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 7,
           *             "name": "Player G",
           *             "role": "All-Rounder",
           *             "phone": "9876543204",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[6].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[6].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 8,
           *             "name": "Player H",
           *             "role": "Wicket-Keeper",
           *             "phone": "9876543203",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[7].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[7].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 9,
           *             "name": "Player I",
           *             "role": "Batsman",
           *             "phone": "9876543202",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[8].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[8].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 10,
           *             "name": "Player J",
           *             "role": "Bowler",
           *             "phone": "9876543201",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[9].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[9].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 11,
           *             "name": "Player K",
           *             "role": "All-Rounder",
           *             "phone": "9876543200",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[10].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[10].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           }
           *         ],
           *         "documents": [
           *           {
           *             "kind": "logo",
           *             "field": "logo",
           *             "label": "Team logo",
           *             "required": true,
           *             "state": "uploaded",
           *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
           *             "content_type": "image/png",
           *             "size_bytes": 48213,
           *             "uploaded_at": "2026-01-10T03:30:05.000Z"
           *           },
           *           {
           *             "kind": "payment_receipt",
           *             "field": "payment_receipt",
           *             "label": "Payment receipt",
           *             "required": false,
           *             "state": "not_sent",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           },
           *           {
           *             "kind": "pastor_letter",
           *             "field": "pastor_letter",
           *             "label": "Pastor's letter",
           *             "required": true,
           *             "state": "missing",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           },
           *           {
           *             "kind": "group_photo",
           *             "field": "group_photo",
           *             "label": "Group photo",
           *             "required": false,
           *             "state": "not_sent",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           }
           *         ],
           *         "files": [
           *           {
           *             "kind": "logo",
           *             "state": "uploaded",
           *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
           *             "content_type": "image/png",
           *             "size_bytes": 48213,
           *             "uploaded_at": "2026-01-10T03:30:05.000Z"
           *           }
           *         ],
           *         "status_history": [
           *           {
           *             "from_status": null,
           *             "to_status": "waitlisted",
           *             "reason": null,
           *             "at": "2026-01-10T03:30:05.120Z"
           *           }
           *         ],
           *         "changes": [
           *           {
           *             "fields": [
           *               "captain_phone",
           *               "logo"
           *             ],
           *             "at": "2026-01-11T08:12:40.002Z"
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['CaptainTeamResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `INVALID_STATUS_TRANSITION`: the team is not in a status that allows this change (e.g. editing an approved team); `DUPLICATE_TEAM`: a team of that name exists (compared as the name key: case, spacing, invisible characters and look-alike letters do not count); `CHURCH_LIMIT_REACHED`: the church already has MAX_TEAMS_PER_CHURCH teams (rejected and withdrawn teams do not count); `IDEMPOTENCY_KEY_IN_USE`: a request with the same idempotency key is still being processed; retry after `Retry-After` seconds */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['InvalidStatusTransitionError']
            | components['schemas']['DuplicateTeamError']
            | components['schemas']['ChurchLimitReachedError']
            | components['schemas']['IdempotencyKeyInUseError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB); `FILE_TOO_LARGE`: a file is larger than its limit (MAX_LOGO_BYTES, MAX_RECEIPT_BYTES) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json':
            components['schemas']['PayloadTooLargeError'] | components['schemas']['FileTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_MISMATCH`: the idempotency key was already used with a different request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyMismatchError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  withdrawRegistration: {
    parameters: {
      query: {
        /** @description The secret from the link in the confirmation email (43 characters, base64url). A wrong or missing token is answered exactly like an unknown team: `404 NOT_FOUND`. It is never logged; responses carry `Cache-Control: no-store` and `Referrer-Policy: no-referrer`. */
        token: string;
      };
      header?: {
        /** @description A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as an RFC 8941 quoted string. Retrying with the same key and the same request replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running `409 IDEMPOTENCY_KEY_IN_USE`. */
        'Idempotency-Key'?: string;
        /** @description The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal). */
        'X-Idempotency-Key'?: string;
      };
      path: {
        /** @description The team ID from the confirmation email */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The registration, now `withdrawn` */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team_id": "ICCT-001",
           *         "team_name": "St. Thomas Strikers",
           *         "church_name": "St. Thomas' Church",
           *         "status": "waitlisted",
           *         "waitlist_position": 2,
           *         "player_count": 11,
           *         "created_at": "2026-01-10T03:30:05.120Z",
           *         "updated_at": "2026-01-11T08:12:40.002Z",
           *         "captain": {
           *           "name": "Samuel Joseph",
           *           "phone": "9876543210",
           *           "email": "captain@example.org",
           *           "whatsapp": "9876543210"
           *         },
           *         "vice_captain": null,
           *         "coach": {
           *           "name": "Thomas Mathew"
           *         },
           *         "players": [
           *           {
           *             "position": 1,
           *             "name": "Player A",
           *             "role": "Batsman",
           *             "phone": "9876543210",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[0].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[0].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 2,
           *             "name": "Player B",
           *             "role": "Bowler",
           *             "phone": "9876543209",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[1].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[1].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 3,
           *             "name": "Player C",
           *             "role": "All-Rounder",
           *             "phone": "9876543208",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[2].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[2].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 4,
           *             "name": "Player D",
           *             "role": "Wicket-Keeper",
           *             "phone": "9876543207",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[3].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[3].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 5,
           *             "name": "Player E",
           *             "role": "Batsman",
           *             "phone": "9876543206",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[4].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[4].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 6,
           *             "name": "Player F",
           *             "role": "Bowler",
           *             "phone": "9876543205",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[5].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[5].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 7,
           *             "name": "Player G",
           *             "role": "All-Rounder",
           *             "phone": "9876543204",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[6].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[6].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 8,
           *             "name": "Player H",
           *             "role": "Wicket-Keeper",
           *             "phone": "9876543203",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[7].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[7].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 9,
           *             "name": "Player I",
           *             "role": "Batsman",
           *             "phone": "9876543202",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[8].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[8].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 10,
           *             "name": "Player J",
           *             "role": "Bowler",
           *             "phone": "9876543201",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[9].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[9].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 11,
           *             "name": "Player K",
           *             "role": "All-Rounder",
           *             "phone": "9876543200",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[10].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[10].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           }
           *         ],
           *         "documents": [
           *           {
           *             "kind": "logo",
           *             "field": "logo",
           *             "label": "Team logo",
           *             "required": true,
           *             "state": "uploaded",
           *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
           *             "content_type": "image/png",
           *             "size_bytes": 48213,
           *             "uploaded_at": "2026-01-10T03:30:05.000Z"
           *           },
           *           {
           *             "kind": "payment_receipt",
           *             "field": "payment_receipt",
           *             "label": "Payment receipt",
           *             "required": false,
           *             "state": "not_sent",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           },
           *           {
           *             "kind": "pastor_letter",
           *             "field": "pastor_letter",
           *             "label": "Pastor's letter",
           *             "required": true,
           *             "state": "missing",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           },
           *           {
           *             "kind": "group_photo",
           *             "field": "group_photo",
           *             "label": "Group photo",
           *             "required": false,
           *             "state": "not_sent",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           }
           *         ],
           *         "files": [
           *           {
           *             "kind": "logo",
           *             "state": "uploaded",
           *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
           *             "content_type": "image/png",
           *             "size_bytes": 48213,
           *             "uploaded_at": "2026-01-10T03:30:05.000Z"
           *           }
           *         ],
           *         "status_history": [
           *           {
           *             "from_status": null,
           *             "to_status": "waitlisted",
           *             "reason": null,
           *             "at": "2026-01-10T03:30:05.120Z"
           *           }
           *         ],
           *         "changes": [
           *           {
           *             "fields": [
           *               "captain_phone",
           *               "logo"
           *             ],
           *             "at": "2026-01-11T08:12:40.002Z"
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['CaptainTeamResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `INVALID_STATUS_TRANSITION`: the team is not in a status that allows this change (e.g. editing an approved team); `IDEMPOTENCY_KEY_IN_USE`: a request with the same idempotency key is still being processed; retry after `Retry-After` seconds */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['InvalidStatusTransitionError']
            | components['schemas']['IdempotencyKeyInUseError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_MISMATCH`: the idempotency key was already used with a different request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyMismatchError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  listTeams: {
    parameters: {
      query?: {
        /** @description Page number; a page past the end returns `data: []` with the real `total` */
        page?: number;
        /** @description Teams per page */
        limit?: number;
        status?: components['schemas']['TeamStatus'];
        /** @description Church name contains this text (case-insensitive) */
        church?: string;
        /** @description Team name, church, captain name or captain email contains this text (case-insensitive) */
        q?: string;
        /** @description A leading `-` sorts descending; `team_id` sorts by number (ICCT-1000 after ICCT-999) */
        sort?: 'created_at' | '-created_at' | 'team_name' | '-team_name' | 'team_id' | '-team_id';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of teams */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": [
           *         {
           *           "team_id": "ICCT-001",
           *           "team_name": "Zion Strikers",
           *           "church_name": "St. Thomas Church",
           *           "captain_name": "Samuel Joseph",
           *           "captain_email": "captain@example.org",
           *           "captain_phone": "9876543210",
           *           "player_count": 11,
           *           "status": "pending",
           *           "logo_url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
           *           "created_at": "2026-11-23T10:00:00.000Z"
           *         }
           *       ],
           *       "pagination": {
           *         "page": 1,
           *         "limit": 20,
           *         "total": 1,
           *         "total_pages": 1
           *       }
           *     }
           */
          'application/json': components['schemas']['TeamListResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  exportTeams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file, as a download named `icct26-teams-YYYY-MM-DD.csv` */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description How to save the body: a download and its file name */
          'Content-Disposition': string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example team_id,team_name,church_name,status,captain_name,captain_phone,captain_email,captain_whatsapp,vice_captain_name,vice_captain_phone,vice_captain_email,vice_captain_whatsapp,coach_name,player_count,logo_url,payment_receipt_url,created_at,player_position,player_name,player_role,player_phone,pastor_letter_url,group_photo_url,missing_documents,player_id_proof_url,player_consent_form_url
           *     ICCT-001,Zion Strikers,St. Thomas Church,approved,Samuel Joseph,9876543210,captain@example.org,9876543211,,,,,Thomas Mathew,11,https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png,,2026-01-10T03:30:05.120Z,1,Player A,Batsman,9876543210,,,pastor_letter; players[0].id_proof,,
           */
          'text/csv': string;
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  teamStats: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counts */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "teams": {
           *           "total": 42,
           *           "by_status": {
           *             "pending": 28,
           *             "approved": 10,
           *             "rejected": 2,
           *             "waitlisted": 1,
           *             "withdrawn": 1
           *           },
           *           "max_teams": 40
           *         },
           *         "teams_per_church": [
           *           {
           *             "church_name": "Grace Church",
           *             "teams": 2
           *           }
           *         ],
           *         "players": 520,
           *         "pending_uploads": 1,
           *         "dead_uploads": 0,
           *         "emails": {
           *           "pending": 3,
           *           "sent": 80,
           *           "dead": 0
           *         },
           *         "documents": {
           *           "expected": [
           *             "logo",
           *             "pastor_letter"
           *           ],
           *           "teams_missing_documents": 5,
           *           "missing_by_kind": {
           *             "logo": 0,
           *             "payment_receipt": 0,
           *             "pastor_letter": 5,
           *             "group_photo": 0,
           *             "id_proof": 0,
           *             "consent_form": 0
           *           }
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['TeamStatsResponse'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  getTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The team ID given at registration */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team_id": "ICCT-001",
           *         "team_name": "St. Thomas Strikers",
           *         "church_name": "St. Thomas' Church",
           *         "status": "waitlisted",
           *         "waitlist_position": 2,
           *         "player_count": 11,
           *         "created_at": "2026-01-10T03:30:05.120Z",
           *         "updated_at": "2026-01-11T08:12:40.002Z",
           *         "captain": {
           *           "name": "Samuel Joseph",
           *           "phone": "9876543210",
           *           "email": "captain@example.org",
           *           "whatsapp": "9876543210"
           *         },
           *         "vice_captain": null,
           *         "coach": {
           *           "name": "Thomas Mathew"
           *         },
           *         "players": [
           *           {
           *             "position": 1,
           *             "name": "Player A",
           *             "role": "Batsman",
           *             "phone": "9876543210",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[0].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[0].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 2,
           *             "name": "Player B",
           *             "role": "Bowler",
           *             "phone": "9876543209",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[1].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[1].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 3,
           *             "name": "Player C",
           *             "role": "All-Rounder",
           *             "phone": "9876543208",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[2].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[2].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 4,
           *             "name": "Player D",
           *             "role": "Wicket-Keeper",
           *             "phone": "9876543207",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[3].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[3].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 5,
           *             "name": "Player E",
           *             "role": "Batsman",
           *             "phone": "9876543206",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[4].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[4].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 6,
           *             "name": "Player F",
           *             "role": "Bowler",
           *             "phone": "9876543205",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[5].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[5].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 7,
           *             "name": "Player G",
           *             "role": "All-Rounder",
           *             "phone": "9876543204",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[6].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[6].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 8,
           *             "name": "Player H",
           *             "role": "Wicket-Keeper",
           *             "phone": "9876543203",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[7].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[7].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 9,
           *             "name": "Player I",
           *             "role": "Batsman",
           *             "phone": "9876543202",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[8].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[8].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 10,
           *             "name": "Player J",
           *             "role": "Bowler",
           *             "phone": "9876543201",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[9].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[9].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           },
           *           {
           *             "position": 11,
           *             "name": "Player K",
           *             "role": "All-Rounder",
           *             "phone": "9876543200",
           *             "documents": [
           *               {
           *                 "kind": "id_proof",
           *                 "field": "players[10].id_proof",
           *                 "label": "ID proof",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               },
           *               {
           *                 "kind": "consent_form",
           *                 "field": "players[10].consent_form",
           *                 "label": "Consent form",
           *                 "required": false,
           *                 "state": "not_sent",
           *                 "url": null,
           *                 "content_type": null,
           *                 "size_bytes": null,
           *                 "uploaded_at": null
           *               }
           *             ]
           *           }
           *         ],
           *         "documents": [
           *           {
           *             "kind": "logo",
           *             "field": "logo",
           *             "label": "Team logo",
           *             "required": true,
           *             "state": "uploaded",
           *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
           *             "content_type": "image/png",
           *             "size_bytes": 48213,
           *             "uploaded_at": "2026-01-10T03:30:05.000Z"
           *           },
           *           {
           *             "kind": "payment_receipt",
           *             "field": "payment_receipt",
           *             "label": "Payment receipt",
           *             "required": false,
           *             "state": "not_sent",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           },
           *           {
           *             "kind": "pastor_letter",
           *             "field": "pastor_letter",
           *             "label": "Pastor's letter",
           *             "required": true,
           *             "state": "missing",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           },
           *           {
           *             "kind": "group_photo",
           *             "field": "group_photo",
           *             "label": "Group photo",
           *             "required": false,
           *             "state": "not_sent",
           *             "url": null,
           *             "content_type": null,
           *             "size_bytes": null,
           *             "uploaded_at": null
           *           }
           *         ],
           *         "files": [
           *           {
           *             "kind": "logo",
           *             "state": "uploaded",
           *             "url": "https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png",
           *             "content_type": "image/png",
           *             "size_bytes": 48213,
           *             "uploaded_at": "2026-01-10T03:30:05.000Z"
           *           }
           *         ],
           *         "status_history": [
           *           {
           *             "from_status": null,
           *             "to_status": "waitlisted",
           *             "reason": null,
           *             "at": "2026-01-10T03:30:05.120Z",
           *             "actor": "system"
           *           }
           *         ],
           *         "changes": [
           *           {
           *             "fields": [
           *               "captain_phone",
           *               "logo"
           *             ],
           *             "actor": "captain",
           *             "at": "2026-01-11T08:12:40.002Z"
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['AdminTeamResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  approveTeam: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as an RFC 8941 quoted string. Retrying with the same key and the same request replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running `409 IDEMPOTENCY_KEY_IN_USE`. */
        'Idempotency-Key'?: string;
        /** @description The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal). */
        'X-Idempotency-Key'?: string;
      };
      path: {
        /** @description The team ID given at registration */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ApproveTeamRequest'];
      };
    };
    responses: {
      /** @description The team is now approved */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team_id": "ICCT-012",
           *         "previous_status": "pending",
           *         "status": "approved",
           *         "reason": "Payment verified",
           *         "changed_at": "2026-01-16T08:00:00.000Z",
           *         "changed_by": "3f9a1c0b7d2e"
           *       }
           *     }
           */
          'application/json': components['schemas']['StatusChangeResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `INVALID_STATUS_TRANSITION`: the team is not in a status that allows this change (e.g. editing an approved team); `REGISTRATION_FULL`: all MAX_TEAMS places are taken and the waitlist is off (WAITLIST_ENABLED=false), or no place is free to approve a waitlisted team; `IDEMPOTENCY_KEY_IN_USE`: a request with the same idempotency key is still being processed; retry after `Retry-After` seconds */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['InvalidStatusTransitionError']
            | components['schemas']['RegistrationFullError']
            | components['schemas']['IdempotencyKeyInUseError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_MISMATCH`: the idempotency key was already used with a different request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyMismatchError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  rejectTeam: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as an RFC 8941 quoted string. Retrying with the same key and the same request replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running `409 IDEMPOTENCY_KEY_IN_USE`. */
        'Idempotency-Key'?: string;
        /** @description The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal). */
        'X-Idempotency-Key'?: string;
      };
      path: {
        /** @description The team ID given at registration */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectTeamRequest'];
      };
    };
    responses: {
      /** @description The team is now rejected */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team_id": "ICCT-012",
           *         "previous_status": "pending",
           *         "status": "rejected",
           *         "reason": "The payment receipt is unreadable; please register again with a clear copy.",
           *         "changed_at": "2026-01-16T08:00:00.000Z",
           *         "changed_by": "3f9a1c0b7d2e"
           *       }
           *     }
           */
          'application/json': components['schemas']['StatusChangeResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `INVALID_STATUS_TRANSITION`: the team is not in a status that allows this change (e.g. editing an approved team); `IDEMPOTENCY_KEY_IN_USE`: a request with the same idempotency key is still being processed; retry after `Retry-After` seconds */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['InvalidStatusTransitionError']
            | components['schemas']['IdempotencyKeyInUseError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_MISMATCH`: the idempotency key was already used with a different request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyMismatchError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  resendLink: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as an RFC 8941 quoted string. Retrying with the same key and the same request replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running `409 IDEMPOTENCY_KEY_IN_USE`. */
        'Idempotency-Key'?: string;
        /** @description The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal). */
        'X-Idempotency-Key'?: string;
      };
      path: {
        /** @description The team ID given at registration */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new link is on its way */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team_id": "ICCT-001",
           *         "sent_to": "captain@example.org",
           *         "message": "A new private link was emailed to the captain"
           *       }
           *     }
           */
          'application/json': components['schemas']['ResendLinkResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_IN_USE`: a request with the same idempotency key is still being processed; retry after `Retry-After` seconds */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyInUseError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_MISMATCH`: the idempotency key was already used with a different request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyMismatchError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  privateFile: {
    parameters: {
      query: {
        /** @description Unix time (seconds) when the link stops working */
        expires: number;
        /** @description HMAC-SHA256 of the file and `expires`, hex */
        signature: string;
      };
      header?: never;
      path: {
        /** @description The file's storage key, base64url */
        id: string;
        /** @description The file's name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, with the content type read from its bytes (`application/octet-stream` when unknown) */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description How to save the body: a download and its file name */
          'Content-Disposition': string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': Blob;
          'image/png': Blob;
          'image/jpeg': Blob;
          'application/octet-stream': Blob;
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `LINK_INVALID`: a link to a private file without its signature or expiry, altered, or expired: ask for the team again for a fresh link */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkInvalidError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
    };
  };
  legacyRegisterTeam: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as an RFC 8941 quoted string. Retrying with the same key and the same request replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running `409 IDEMPOTENCY_KEY_IN_USE`. */
        'Idempotency-Key'?: string;
        /** @description The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal). */
        'X-Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['LegacyRegistrationForm'];
      };
    };
    responses: {
      /** @description The team is registered */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "team_id": "ICCT-001",
           *       "message": "Team registered successfully",
           *       "team_name": "St. Thomas Strikers",
           *       "church_name": "St. Thomas' Church",
           *       "player_count": 15,
           *       "status": "pending",
           *       "waitlist_position": null,
           *       "registration_status": "pending"
           *     }
           */
          'application/json': components['schemas']['LegacyRegistrationSuccess'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `REGISTRATION_CLOSED`: outside the registration window (REGISTRATION_OPENS_AT to REGISTRATION_CLOSES_AT) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationClosedError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `DUPLICATE_TEAM`: a team of that name exists (compared as the name key: case, spacing, invisible characters and look-alike letters do not count); `CHURCH_LIMIT_REACHED`: the church already has MAX_TEAMS_PER_CHURCH teams (rejected and withdrawn teams do not count); `REGISTRATION_FULL`: all MAX_TEAMS places are taken and the waitlist is off (WAITLIST_ENABLED=false), or no place is free to approve a waitlisted team; `IDEMPOTENCY_KEY_IN_USE`: a request with the same idempotency key is still being processed; retry after `Retry-After` seconds */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['DuplicateTeamError']
            | components['schemas']['ChurchLimitReachedError']
            | components['schemas']['RegistrationFullError']
            | components['schemas']['IdempotencyKeyInUseError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB); `FILE_TOO_LARGE`: a file is larger than its limit (MAX_LOGO_BYTES, MAX_RECEIPT_BYTES) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json':
            components['schemas']['PayloadTooLargeError'] | components['schemas']['FileTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_MISMATCH`: the idempotency key was already used with a different request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyMismatchError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  legacyChurchAvailability: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The churches */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "churches": [
           *         {
           *           "church_name": "Grace Church",
           *           "team_count": 2,
           *           "locked": true
           *         },
           *         {
           *           "church_name": "St. Thomas' Church",
           *           "team_count": 1,
           *           "locked": false
           *         }
           *       ],
           *       "summary": {
           *         "total_churches": 2,
           *         "locked_churches": 1,
           *         "available_churches": 1
           *       }
           *     }
           */
          'application/json': components['schemas']['ChurchAvailability'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  legacyListTeams: {
    parameters: {
      query?: {
        /** @description Only teams of this status (FastAPI words); any other parameter is `400` */
        status?: 'pending' | 'confirmed' | 'rejected' | 'waitlisted' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The teams */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": [
           *         {
           *           "teamId": "ICCT-001",
           *           "teamName": "St. Thomas Strikers",
           *           "churchName": "St. Thomas' Church",
           *           "captainName": "Samuel Joseph",
           *           "captainPhone": "9876543210",
           *           "captainEmail": "captain@example.org",
           *           "viceCaptainName": null,
           *           "viceCaptainPhone": null,
           *           "viceCaptainEmail": null,
           *           "playerCount": 11,
           *           "registrationDate": "2026-01-10T03:30:05.120Z",
           *           "registrationStatus": "pending",
           *           "paymentReceipt": null,
           *           "pastorLetter": "https://api.icct26.example/files/dGVhbXM/pastor_letter.pdf?expires=1767000000&signature=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
           *           "groupPhoto": null
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['LegacyAdminTeamList'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  legacyGetTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The team ID given at registration */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team": {
           *           "teamId": "ICCT-001",
           *           "teamName": "St. Thomas Strikers",
           *           "churchName": "St. Thomas' Church",
           *           "captain": {
           *             "name": "Samuel Joseph",
           *             "phone": "9876543210",
           *             "email": "captain@example.org",
           *             "whatsapp": null
           *           },
           *           "viceCaptain": null,
           *           "paymentReceipt": null,
           *           "pastorLetter": "https://api.icct26.example/files/dGVhbXM/pastor_letter.pdf?expires=1767000000&signature=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
           *           "groupPhoto": null,
           *           "registrationDate": "2026-01-10T03:30:05.120Z",
           *           "registrationStatus": "pending"
           *         },
           *         "players": [
           *           {
           *             "playerId": "ICCT-001-P01",
           *             "name": "Player A",
           *             "role": "Batsman",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P02",
           *             "name": "Player B",
           *             "role": "Bowler",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P03",
           *             "name": "Player C",
           *             "role": "All-Rounder",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P04",
           *             "name": "Player D",
           *             "role": "Wicket-Keeper",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P05",
           *             "name": "Player E",
           *             "role": "Batsman",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P06",
           *             "name": "Player F",
           *             "role": "Bowler",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P07",
           *             "name": "Player G",
           *             "role": "All-Rounder",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P08",
           *             "name": "Player H",
           *             "role": "Wicket-Keeper",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P09",
           *             "name": "Player I",
           *             "role": "Batsman",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P10",
           *             "name": "Player J",
           *             "role": "Bowler",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           },
           *           {
           *             "playerId": "ICCT-001-P11",
           *             "name": "Player K",
           *             "role": "All-Rounder",
           *             "aadharFile": null,
           *             "subscriptionFile": null
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['LegacyAdminTeamResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  legacyConfirmTeam: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as an RFC 8941 quoted string. Retrying with the same key and the same request replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running `409 IDEMPOTENCY_KEY_IN_USE`. */
        'Idempotency-Key'?: string;
        /** @description The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal). */
        'X-Idempotency-Key'?: string;
      };
      path: {
        /** @description The team ID given at registration */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team is now approved */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team_id": "ICCT-001",
           *         "previous_status": "pending",
           *         "status": "approved",
           *         "reason": null,
           *         "changed_at": "2026-01-16T08:00:00.000Z",
           *         "changed_by": "3f9a1c0b7d2e"
           *       },
           *       "message": "Team registration confirmed successfully",
           *       "team_id": "ICCT-001",
           *       "registration_status": "confirmed",
           *       "email_notification": "queued"
           *     }
           */
          'application/json': components['schemas']['LegacyReviewResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `INVALID_STATUS_TRANSITION`: the team is not in a status that allows this change (e.g. editing an approved team); `REGISTRATION_FULL`: all MAX_TEAMS places are taken and the waitlist is off (WAITLIST_ENABLED=false), or no place is free to approve a waitlisted team; `IDEMPOTENCY_KEY_IN_USE`: a request with the same idempotency key is still being processed; retry after `Retry-After` seconds */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['InvalidStatusTransitionError']
            | components['schemas']['RegistrationFullError']
            | components['schemas']['IdempotencyKeyInUseError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_MISMATCH`: the idempotency key was already used with a different request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyMismatchError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  legacyRejectTeam: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as an RFC 8941 quoted string. Retrying with the same key and the same request replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running `409 IDEMPOTENCY_KEY_IN_USE`. */
        'Idempotency-Key'?: string;
        /** @description The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal). */
        'X-Idempotency-Key'?: string;
      };
      path: {
        /** @description The team ID given at registration */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team is now rejected */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "team_id": "ICCT-001",
           *         "previous_status": "pending",
           *         "status": "rejected",
           *         "reason": null,
           *         "changed_at": "2026-01-16T08:00:00.000Z",
           *         "changed_by": "3f9a1c0b7d2e"
           *       },
           *       "message": "Team registration rejected",
           *       "team_id": "ICCT-001",
           *       "registration_status": "rejected",
           *       "email_notification": "queued"
           *     }
           */
          'application/json': components['schemas']['LegacyReviewResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `INVALID_STATUS_TRANSITION`: the team is not in a status that allows this change (e.g. editing an approved team); `IDEMPOTENCY_KEY_IN_USE`: a request with the same idempotency key is still being processed; retry after `Retry-After` seconds */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['InvalidStatusTransitionError']
            | components['schemas']['IdempotencyKeyInUseError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `IDEMPOTENCY_KEY_MISMATCH`: the idempotency key was already used with a different request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdempotencyKeyMismatchError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  legacyAllTeams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The teams */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "total_teams": 1,
           *       "returned": 1,
           *       "teams": [
           *         {
           *           "team_id": "ICCT-001",
           *           "team_name": "St. Thomas Strikers",
           *           "church_name": "St. Thomas' Church",
           *           "captain_name": "Samuel Joseph",
           *           "pastor_letter": "https://api.icct26.example/files/dGVhbXM/pastor_letter.pdf?expires=1767000000&signature=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
           *           "payment_receipt": null,
           *           "group_photo": null,
           *           "registration_date": "2026-01-10T03:30:05.120Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['LegacyTeamList'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
  legacyTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The team ID given at registration */
        team_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit.always'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining.always'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset.always'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "team": {
           *         "team_id": "ICCT-001",
           *         "team_name": "St. Thomas Strikers",
           *         "church_name": "St. Thomas' Church",
           *         "captain": {
           *           "name": "Samuel Joseph",
           *           "phone": "9876543210",
           *           "email": "captain@example.org",
           *           "whatsapp": "9876543211"
           *         },
           *         "viceCaptain": null,
           *         "pastor_letter": "https://api.icct26.example/files/dGVhbXM/pastor_letter.pdf?expires=1767000000&signature=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
           *         "payment_receipt": null,
           *         "group_photo": null,
           *         "registration_date": "2026-01-10T03:30:05.120Z"
           *       },
           *       "players": [
           *         {
           *           "player_id": "ICCT-001-P01",
           *           "playerId": "ICCT-001-P01",
           *           "name": "Player A",
           *           "role": "Batsman",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P02",
           *           "playerId": "ICCT-001-P02",
           *           "name": "Player B",
           *           "role": "Bowler",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P03",
           *           "playerId": "ICCT-001-P03",
           *           "name": "Player C",
           *           "role": "All-Rounder",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P04",
           *           "playerId": "ICCT-001-P04",
           *           "name": "Player D",
           *           "role": "Wicket-Keeper",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P05",
           *           "playerId": "ICCT-001-P05",
           *           "name": "Player E",
           *           "role": "Batsman",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P06",
           *           "playerId": "ICCT-001-P06",
           *           "name": "Player F",
           *           "role": "Bowler",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P07",
           *           "playerId": "ICCT-001-P07",
           *           "name": "Player G",
           *           "role": "All-Rounder",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P08",
           *           "playerId": "ICCT-001-P08",
           *           "name": "Player H",
           *           "role": "Wicket-Keeper",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P09",
           *           "playerId": "ICCT-001-P09",
           *           "name": "Player I",
           *           "role": "Batsman",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P10",
           *           "playerId": "ICCT-001-P10",
           *           "name": "Player J",
           *           "role": "Bowler",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         },
           *         {
           *           "player_id": "ICCT-001-P11",
           *           "playerId": "ICCT-001-P11",
           *           "name": "Player K",
           *           "role": "All-Rounder",
           *           "aadhar_file": null,
           *           "subscription_file": null
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['LegacyTeamResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`: a field is missing or invalid (all are reported at once), or the request is malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationFailedError'];
        };
      };
      /** @description `UNAUTHORIZED`: the admin API key is missing or wrong */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnauthorizedError'];
        };
      };
      /** @description `NOT_FOUND`: no such resource */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotFoundError'];
        };
      };
      /** @description `REQUEST_TIMEOUT`: the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole) */
      408: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestTimeoutError'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB) */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayloadTooLargeError'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of the type the route reads, or is compressed (`Content-Encoding`) */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsupportedMediaTypeError'];
        };
      };
      /** @description `RATE_LIMITED`: too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RateLimitedError'];
        };
      };
      /** @description `INTERNAL_ERROR`: anything unexpected (the details are in the server log under the request id) */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternalErrorError'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is unreachable; retry after `Retry-After` seconds */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id.always'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceUnavailableError'];
        };
      };
    };
  };
}
