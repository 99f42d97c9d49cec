import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { normalizeDatabaseUrl } from '../../src/config/app-config.js';

export type DatabaseTarget = 'pglite' | 'postgres';

/** Every suite runs on the embedded database, and also on a real PostgreSQL when DATABASE_URL is set. */
export function databaseTargets(): DatabaseTarget[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export const hasPostgres = Boolean(process.env.DATABASE_URL);
export const hasRedis = Boolean(process.env.REDIS_URL);

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  return normalizeDatabaseUrl(url);
}

export interface TestDatabase {
  /** What to put in DATABASE_URL. */
  url: string;
  drop: () => Promise<void>;
}

/**
 * A database for one suite: an in-memory PGlite (each app that opens it gets its own), a PGlite
 * directory when `durable` (its data outlives an app, for restarts), or a fresh, uniquely named
 * database on the real server; `drop()` removes it (and any connection to it).
 */
export async function testDatabase(target: DatabaseTarget, { durable = false } = {}): Promise<TestDatabase> {
  if (target === 'pglite' && !durable) return { url: 'pglite:memory://', drop: async () => undefined };
  if (target === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'icct-pglite-'));
    return { url: `pglite:${dir}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `icct_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl(), { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = postgres(serverUrl(), { max: 1, onnotice: () => undefined });
      await client.unsafe(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}
