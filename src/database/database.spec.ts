import { describe, expect, it } from 'vitest';
import { toAppError } from '../hardening/error-envelope.filter.js';
import { Database, type Db } from './database.js';

describe('Database.ping', () => {
  it('gives up on a database that never answers, as an outage (503), not an internal error', async () => {
    const neverAnswers = new Promise(() => undefined);
    const hung = { select: () => ({ from: () => ({ limit: () => neverAnswers }) }) } as unknown as Db;
    const database = new Database(hung, 'postgres', 1, async () => undefined);
    const failure: unknown = await database.ping(20).catch((error: unknown) => error);
    expect(toAppError(failure)).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });
});
