import { beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQLWrapper } from 'drizzle-orm';
import { parseTeamListQuery } from '../src/admin/admin-requests.js';
import { AdminTeamsRepository } from '../src/admin/admin-teams.repository.js';
import { useTestApp } from './support/test-app.js';
import { databaseTargets } from './support/databases.js';
import { seedTeams, uniqueTag } from './support/admin-seed.js';
import { rowsOf } from '../src/database/database.js';

const KEY = 'admin-scale-key-0123456789';
const TEAMS = 10_000;

describe.each(databaseTargets())('admin list with 10,000 teams on %s', (target) => {
  const server = useTestApp(target, { env: { ADMIN_API_KEYS: KEY } });
  let needle: string;
  let needleId: string;

  beforeAll(async () => {
    needle = uniqueTag();
    const churches = Array.from({ length: 500 }, (_, i) => `Church ${uniqueTag()} ${i}`);
    const ids = await seedTeams(
      server.database,
      Array.from({ length: TEAMS }, (_, i) => ({
        teamName: i === 7777 ? `Needle ${needle} XI` : `Team ${uniqueTag()} ${i}`,
        churchName: churches[i % churches.length]!,
        captainName: `Captain ${uniqueTag()}`,
        captainEmail: `captain.${uniqueTag()}@example.org`,
        status: (['pending', 'approved', 'rejected'] as const)[i % 3],
      })),
    );
    needleId = ids[7777]!;
    await server.database.db.execute(sql`analyze teams`);
  });

  const list = async (params: Record<string, string>) => {
    const res = await fetch(`${server.url}/admin/teams?${new URLSearchParams(params).toString()}`, {
      headers: { 'X-API-Key': KEY },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as any;
  };

  /**
   * The plans PostgreSQL picks for the queries the repository builds for these parameters. With
   * `onlyBitmaps` the planner may neither scan the table whole nor walk an index in sort order: that
   * shows whether an index can find the rows at all (at 10,000 rows a full scan of this small table
   * is still cheaper, so the planner rightly prefers it; the trigram indexes win as the table grows).
   */
  const plans = async (params: Record<string, string>, options = { onlyBitmaps: false }) => {
    const repository = server.app.get(AdminTeamsRepository);
    const query = parseTeamListQuery(params);
    return server.database.db.transaction(async (tx) => {
      if (options.onlyBitmaps) {
        await tx.execute(sql`set local enable_seqscan = off`);
        await tx.execute(sql`set local enable_indexscan = off`);
      }
      const explain = async (q: SQLWrapper) => {
        const rows = rowsOf<Record<string, string>>(await tx.execute(sql`explain ${q}`));
        return rows.map((r) => Object.values(r)[0]).join('\n');
      };
      return [await explain(repository.listQuery(query)), await explain(repository.countQuery(query))];
    });
  };

  it('finds one team among 10,000 by a search, and answers filters and pages correctly', async () => {
    const found = await list({ q: `NEEDLE ${needle}` });
    expect(found.data.map((t: any) => t.team_id)).toEqual([needleId]);
    expect(found.pagination).toEqual({ page: 1, limit: 20, total: 1, total_pages: 1 });

    const approved = await list({ status: 'approved', limit: '100', page: '34', sort: 'team_id' });
    expect(approved.pagination).toEqual({ page: 34, limit: 100, total: 3333, total_pages: 34 });
    expect(approved.data).toHaveLength(33);
    expect(approved.data.every((t: any) => t.status === 'approved')).toBe(true);
  });

  it('serves every sort, with or without a status filter, from an index: no scan and sort of the whole table', async () => {
    for (const params of [
      {},
      { sort: 'created_at' },
      { sort: '-team_id' },
      { sort: 'team_name' },
      { status: 'approved', sort: 'team_name' },
      { status: 'pending', sort: '-team_id' },
      { status: 'rejected' },
    ] as Record<string, string>[]) {
      const [page] = await plans(params);
      expect(page, JSON.stringify(params)).toMatch(/Index Scan (Backward )?using \w+ on teams/);
      expect(page, JSON.stringify(params)).not.toMatch(/Seq Scan on teams/);
    }
  });

  it('can answer the search and the church filter from the trigram indexes', async () => {
    const [page, count] = await plans({ q: needle }, { onlyBitmaps: true });
    for (const plan of [page!, count!]) {
      for (const index of [
        'teams_team_name_trgm_idx',
        'teams_church_name_trgm_idx',
        'teams_captain_name_trgm_idx',
        'teams_captain_email_trgm_idx',
      ]) {
        expect(plan).toContain(`Bitmap Index Scan on ${index}`);
      }
      expect(plan).not.toMatch(/Seq Scan on teams/);
    }
    const [church] = await plans({ church: 'church zq' }, { onlyBitmaps: true });
    expect(church).toContain('Bitmap Index Scan on teams_church_name_trgm_idx');
  });
});
