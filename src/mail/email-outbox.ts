import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type SQL } from 'drizzle-orm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { execute, type DbOrTx } from '../database/database.js';
import { jsonRowsInsert } from '../database/json-rows.js';
import { outboxEmails } from '../database/schema.js';

export interface OutgoingEmail {
  /** What the email is about: `registration_confirmation`, `team_approved`, `team_rejected`. */
  kind: string;
  /** The team's row id (uuid), when the email is about a team. */
  teamUuid?: string;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html: string;
}

/**
 * The transactional outbox: an email is written in the same transaction as the change that causes
 * it, so it exists exactly when that change committed. Sending happens later, never in the request
 * (see EmailDelivery).
 */
@Injectable()
export class EmailOutbox {
  private readonly messageIdDomain: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.messageIdDomain = config.mailFrom.split('@')[1] ?? 'icct26.local';
  }

  async enqueue(tx: DbOrTx, email: OutgoingEmail): Promise<void> {
    await execute(tx, insertEmails([this.rowOf(email)]));
  }

  /** What enqueueFilledIn binds for `email`: its outbox row's JSON. */
  json(email: OutgoingEmail): string {
    return insertEmails.json([this.rowOf(email)]);
  }

  /**
   * The insert that enqueues the email whose `json` this is with every `placeholder` in it replaced by
   * `value`: an SQL text expression that the statement this insert becomes part of decides (a new team's
   * ID, in the statement that numbers it: see TeamPlaces.takeNumber). `json` and `placeholder` are values
   * (or placeholders of a fixed statement). The replacement is made in the email's JSON, so the
   * placeholder and the value must be characters JSON leaves as they are (letters, digits, `-`).
   */
  enqueueFilledIn(json: unknown, placeholder: unknown, value: SQL): SQL {
    return insertEmails.ofJson(json, (text) => sql`replace(${text}, ${placeholder}, ${value})`);
  }

  private rowOf(email: OutgoingEmail) {
    return {
      // Stable across retries, so a receiving server can drop the duplicate of an at-least-once send.
      messageId: `<${randomUUID()}@${this.messageIdDomain}>`,
      kind: email.kind,
      teamUuid: email.teamUuid ?? null,
      toAddresses: email.to,
      ccAddresses: email.cc ?? [],
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
    };
  }
}

/** Through one jsonb parameter (jsonRowsInsert): drizzle built this 8-column insert anew for every email (issue 15). */
const insertEmails = jsonRowsInsert(outboxEmails, [
  'messageId',
  'kind',
  'teamUuid',
  'toAddresses',
  'ccAddresses',
  'subject',
  'textBody',
  'htmlBody',
]);
