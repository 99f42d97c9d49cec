import type { Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HttpReply } from '../hardening/http.js';
import type { TeamReviews } from '../teams/team-reviews.js';
import type { AdminTeamsService } from './admin-teams.service.js';
import { AdminController } from './admin.controller.js';

/** A reply that keeps what it is sent; `headersSent` says whether the answer has started. */
function replyFor(headersSent: boolean) {
  const reply = {
    sent: undefined as Readable | undefined,
    raw: { headersSent },
    header: () => reply,
    send: (body: Readable) => {
      reply.sent = body;
      return reply;
    },
  };
  return reply;
}

function controllerExporting(rows: () => AsyncGenerator<string>): AdminController {
  const teams = { exportCsv: rows } as unknown as AdminTeamsService;
  return new AdminController(teams, {} as TeamReviews);
}

async function drain(stream: Readable): Promise<unknown> {
  try {
    for await (const _chunk of stream) void _chunk;
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('the CSV export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('logs a failure after the first rows went out, which Fastify would cut off without a word', async () => {
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const reply = replyFor(true);
    controllerExporting(async function* () {
      yield 'team_id,team_name\n';
      throw new Error('database went away mid-export');
    }).exportCsv(reply as unknown as HttpReply);
    expect(await drain(reply.sent!)).toBeInstanceOf(Error);
    expect(logged).toHaveBeenCalledTimes(1);
    const line = logged.mock.calls[0]![0] as { msg: string; error_code: string; err: Error };
    expect(line.msg).toBe('request failed');
    expect(line.error_code).toBe('INTERNAL_ERROR');
    expect(line.err.message).toBe('database went away mid-export');
  });

  it('leaves a failure before the answer started to the error filter (logged once, there)', async () => {
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const reply = replyFor(false);
    controllerExporting(async function* () {
      yield* [];
      throw new Error('database down');
    }).exportCsv(reply as unknown as HttpReply);
    expect(await drain(reply.sent!)).toBeInstanceOf(Error);
    expect(logged).not.toHaveBeenCalled();
  });
});
