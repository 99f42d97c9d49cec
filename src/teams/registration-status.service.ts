import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.js';
import { within } from '../common/deadline.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, execute, rowsOf } from '../database/database.js';
import { teams } from '../database/schema.js';
import { nameKey, normalizeText } from './team-form.js';
import { visibleText } from './name-key.js';
import { RegistrationWindow } from './registration-window.js';
import { holdsChurchSlot, holdsPlace } from './team-places.js';

interface Counts {
  registered: number;
  waitlisted: number;
  church_teams: number;
}

/** A church's counts: the query's promise, and its result once it has one. */
interface CachedCounts {
  expires: number;
  counts: Promise<Counts>;
  value?: Counts;
}

const MAX_CACHED = 1000;
const MAX_CHURCH_LENGTH = 80;

/**
 * `GET /api/registration/status`: what a countdown page or the form shows before a captain starts.
 * The counts are cached for REGISTRATION_STATUS_CACHE_MS per church (concurrent pollers share one
 * query), the window is evaluated on every request. A poll waits for the counts no longer than
 * REQUEST_TIMEOUT (408): the route bounds its one query itself instead of going through the request
 * timeout's interceptor, the countdown page's poll being the busiest public route (issue 15).
 */
@Injectable()
export class RegistrationStatusService {
  private readonly cache = new Map<string, CachedCounts>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(RegistrationWindow) private readonly window: RegistrationWindow,
  ) {}

  async status(query: Record<string, unknown>) {
    const church = parseChurch(query);
    const { maxTeams, maxTeamsPerChurch, waitlistEnabled } = this.config.registration;
    const cached = this.counts(church === undefined ? '' : nameKey(church));
    // Most polls find the counts already there: no timer to set for them.
    const counts =
      cached.value ??
      (await within(cached.counts, this.config.http.requestTimeoutMs, () => new AppError('REQUEST_TIMEOUT')));
    return {
      success: true as const,
      ...this.window.state(),
      max_teams: maxTeams ?? null,
      registered: counts.registered,
      remaining: maxTeams === undefined ? null : Math.max(0, maxTeams - counts.registered),
      waitlisted: counts.waitlisted,
      waitlist_enabled: waitlistEnabled,
      max_teams_per_church: maxTeamsPerChurch,
      ...(church === undefined
        ? {}
        : {
            church: {
              name: church,
              teams: counts.church_teams,
              remaining: Math.max(0, maxTeamsPerChurch - counts.church_teams),
            },
          }),
    };
  }

  private counts(churchKey: string): CachedCounts {
    const now = Date.now();
    const cached = this.cache.get(churchKey);
    if (cached && cached.expires > now) return cached;
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    const entry: CachedCounts = {
      expires: now + this.config.registration.statusCacheMs,
      counts: this.query(churchKey),
    };
    this.cache.set(churchKey, entry);
    entry.counts.then(
      (counts) => (entry.value = counts),
      // A failed query is not cached: the next poll asks again.
      () => this.cache.get(churchKey) === entry && this.cache.delete(churchKey),
    );
    return entry;
  }

  /** The place counts and, for a church, its teams as the church limit counts them (by `nameKey`). */
  private async query(churchKey: string): Promise<Counts> {
    const [row] = rowsOf<Counts>(
      await execute(
        this.database.db,
        sql`
        select count(*) filter (where ${holdsPlace})::int as registered,
               count(*) filter (where ${teams.status} = 'waitlisted')::int as waitlisted,
               count(*) filter (where ${teams.churchKey} = ${churchKey}
                                  and ${holdsChurchSlot})::int as church_teams
        from ${teams}`,
      ),
    );
    return row!;
  }
}

/** `?church=NAME` (optional); nothing else is a known parameter. */
function parseChurch(query: Record<string, unknown>): string | undefined {
  const errors: Record<string, string> = {};
  for (const name of Object.keys(query)) if (name !== 'church') errors[name] = 'is not a known parameter';
  const church = query.church;
  let name: string | undefined;
  if (church !== undefined && typeof church !== 'string') errors.church = 'must be given once, as text';
  // A church of nothing visible (blank, or only fillers and joiners) is no church: as if absent.
  else if (typeof church === 'string' && visibleText(church).trim() !== '') {
    name = normalizeText(church);
    if (name.length > MAX_CHURCH_LENGTH) errors.church = `must be at most ${MAX_CHURCH_LENGTH} characters`;
    else if (/\p{Cc}/u.test(name)) errors.church = 'contains control characters';
  }
  if (Object.keys(errors).length > 0) throw AppError.validation(errors, 'Invalid query parameters');
  return name;
}
