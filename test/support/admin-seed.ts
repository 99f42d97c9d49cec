import { sql } from 'drizzle-orm';
import type { Database } from '../../src/database/database.js';
import { counters, players, teams } from '../../src/database/schema.js';
import { nameKey } from '../../src/teams/team-form.js';

/** A team written straight into the database (for tests that need many, or names the form refuses). */
export interface SeedTeam {
  teamName: string;
  churchName: string;
  captainName?: string;
  captainEmail?: string;
  status?: 'pending' | 'approved' | 'rejected';
  createdAt?: Date;
  viceCaptainName?: string;
  viceCaptainEmail?: string;
  coachName?: string;
  players?: string[];
}

const ROWS_PER_INSERT = 1000;

/**
 * Bulk-inserts teams (and their players) and returns their team IDs, in order. Team numbers come from
 * the same counter registration uses, so seeded and registered teams never collide.
 */
export async function seedTeams(database: Database, list: SeedTeam[]): Promise<string[]> {
  const [counter] = await database.db
    .insert(counters)
    .values({ name: 'team_number', value: list.length })
    .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + ${list.length}` } })
    .returning({ value: counters.value });
  const first = counter!.value - list.length + 1;
  const rows = list.map((t, i) => {
    const teamNumber = first + i;
    return {
      id: crypto.randomUUID(),
      teamNumber,
      teamId: `ICCT-${String(teamNumber).padStart(3, '0')}`,
      teamName: t.teamName,
      teamNameKey: nameKey(t.teamName),
      churchName: t.churchName,
      churchKey: nameKey(t.churchName),
      captainName: t.captainName ?? 'Samuel Joseph',
      captainPhone: '9876543210',
      captainEmail: t.captainEmail ?? 'captain@example.org',
      captainWhatsapp: '9876543211',
      viceCaptainName: t.viceCaptainName ?? null,
      viceCaptainEmail: t.viceCaptainEmail ?? null,
      coachName: t.coachName ?? 'Coach Mathew',
      playerCount: t.players?.length ?? 11,
      status: t.status ?? 'pending',
      ...(t.createdAt ? { createdAt: t.createdAt } : {}),
    };
  });
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await database.db.insert(teams).values(rows.slice(i, i + ROWS_PER_INSERT));
  }
  const roster = rows.flatMap((row, i) =>
    (list[i]!.players ?? []).map((name, position) => ({
      teamUuid: row.id,
      position,
      name,
      role: 'Batsman' as const,
      phone: String(9_000_000_000 + position),
    })),
  );
  for (let i = 0; i < roster.length; i += ROWS_PER_INSERT) {
    await database.db.insert(players).values(roster.slice(i, i + ROWS_PER_INSERT));
  }
  return rows.map((r) => r.teamId);
}

let tagSequence = 0;
/** Letters only (names refuse digits), unique per call: tests find their own rows by searching for it. */
export function uniqueTag(): string {
  tagSequence += 1;
  const raw = `${process.pid.toString(26)}${tagSequence.toString(26)}${Math.random().toString(26).slice(2, 6)}`;
  return `zq${raw.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!)}`;
}

/** An RFC 4180 reader for checking the export: fields, quotes and CRLF record ends. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      let end = i + 1;
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote < 0) throw new Error(`unterminated quoted field at ${i}`);
        if (text[quote + 1] === '"') {
          end = quote + 2;
          continue;
        }
        field = text.slice(i + 1, quote).replace(/""/g, '"');
        i = quote + 1;
        break;
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r')
        throw new Error(`text after a quoted field at ${i}`);
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '"') {
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record does not end with CRLF');
  return records;
}
