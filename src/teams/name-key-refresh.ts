import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { asc, eq, sql } from 'drizzle-orm';
import { execute, sqlState, UNIQUE_VIOLATION, type Tx } from '../database/database.js';
import { Transactions } from '../database/transactions.js';
import { teams } from '../database/schema.js';
import { nameKey } from './name-key.js';
import { holdsChurchSlot, TeamPlaces } from './team-places.js';

/** Serialises the refresh when several instances start at once (any 64-bit number no other lock uses). */
const NAME_KEY_REFRESH_LOCK_ID = 7_262_027;

interface KeyedTeam {
  id: string;
  teamId: string | null;
  teamName: string;
  churchName: string;
  teamNameKey: string;
  churchKey: string;
  holdsChurchSlot: boolean;
}

/**
 * Brings `team_name_key` and `church_key` up to date with `nameKey` at start-up. The keys are computed in
 * TypeScript (NFKC, default-ignorables, look-alikes: nothing a SQL migration can do), so when `nameKey`
 * changes, the rows written before still hold keys of the old function; this step recomputes every row's
 * keys from its stored names and rewrites those that differ. It runs at every start, before the server
 * takes requests, in one transaction under its own advisory lock (instances starting at once take turns);
 * a start with nothing to change only reads the names.
 *
 * Nothing is deleted and no name is changed. Where two existing teams turn out to have look-alike names
 * (one team name key for both: the unique index holds one), the later team keeps its old key and the log
 * says `name_key_collision` with both team IDs, at every start while both names stay (a captain's edit of
 * the name gives the team the new name's key); newcomers are still refused under either name. Where look-alike church names merge into one church, its teams keep
 * their places even above MAX_TEAMS_PER_CHURCH (the log says `church_keys_merged`); new teams of that
 * church are refused until it is under the limit again.
 */
@Injectable()
export class NameKeyRefresh implements OnApplicationBootstrap {
  private readonly logger = new Logger('NameKeys');

  constructor(
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(TeamPlaces) private readonly places: TeamPlaces,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.transactions.run((tx) => this.refresh(tx));
  }

  private async refresh(tx: Tx): Promise<void> {
    await execute(tx, sql`select pg_advisory_xact_lock(${NAME_KEY_REFRESH_LOCK_ID})`);
    const rows: KeyedTeam[] = await tx
      .select({
        id: teams.id,
        teamId: teams.teamId,
        teamName: teams.teamName,
        churchName: teams.churchName,
        teamNameKey: teams.teamNameKey,
        churchKey: teams.churchKey,
        holdsChurchSlot: sql<boolean>`${holdsChurchSlot}`,
      })
      .from(teams)
      .orderBy(asc(teams.teamNumber));
    const stale = rows
      .map((row) => ({ row, teamNameKey: nameKey(row.teamName), churchKey: nameKey(row.churchName) }))
      .filter(
        ({ row, teamNameKey, churchKey }) => row.teamNameKey !== teamNameKey || row.churchKey !== churchKey,
      );
    if (stale.length === 0) return;

    // Church keys first (no unique index), each church's lock taken in one order, so a registration
    // counting that church's teams waits for this commit.
    const churchesMoved = stale.filter(({ row, churchKey }) => row.churchKey !== churchKey);
    for (const key of [...new Set(churchesMoved.map((s) => s.churchKey))].sort()) {
      await this.places.lockChurch(tx, key);
    }
    for (const { row, churchKey } of churchesMoved) {
      await tx.update(teams).set({ churchKey }).where(eq(teams.id, row.id));
    }

    // Then team name keys, in team-number order: of two teams wanting one key, the earlier gets it. A key
    // still held by a row that is moving away itself is tried again on the next pass; one held for good
    // (or refused by the unique index: a team registered meanwhile) is a collision, and the row keeps its
    // old key. Each update in a savepoint, so a refusal does not end the transaction.
    const holder = new Map(rows.map((row) => [row.teamNameKey, row]));
    let waiting = stale.filter(({ row, teamNameKey }) => row.teamNameKey !== teamNameKey);
    const moving = new Set(waiting.map(({ row }) => row.id));
    const collisions: { row: KeyedTeam; teamNameKey: string }[] = [];
    while (waiting.length > 0) {
      const again: typeof waiting = [];
      for (const item of waiting) {
        const held = holder.get(item.teamNameKey);
        if (held && moving.has(held.id)) {
          again.push(item);
          continue;
        }
        moving.delete(item.row.id);
        if (held || !(await this.setTeamNameKey(tx, item.row.id, item.teamNameKey))) {
          collisions.push(item);
        } else {
          holder.delete(item.row.teamNameKey);
          holder.set(item.teamNameKey, item.row);
        }
      }
      // Nothing settled in this pass (rows waiting on each other's keys): none of them gets its key.
      const stuck = again.length === waiting.length;
      if (stuck) collisions.push(...again);
      waiting = stuck ? [] : again;
    }

    for (const { row, teamNameKey } of collisions) {
      this.logger.warn(
        {
          event: 'name_key_collision',
          team_id: row.teamId,
          same_as: holder.get(teamNameKey)?.teamId ?? null,
          team_name: row.teamName,
        },
        'two teams have look-alike names: the later keeps its old name key until an admin resolves it',
      );
    }
    this.logMergedChurches(rows, churchesMoved);
    const stuck = new Set(collisions.map(({ row }) => row.id));
    const updated = stale.filter(({ row, churchKey }) => !stuck.has(row.id) || row.churchKey !== churchKey);
    this.logger.log(
      {
        event: 'name_keys_recomputed',
        checked: rows.length,
        updated: updated.length,
        collisions: collisions.length,
      },
      'team and church name keys recomputed',
    );
  }

  /** Sets a team's name key; false when the unique index refuses it (another team holds that key). */
  private async setTeamNameKey(tx: Tx, id: string, teamNameKey: string): Promise<boolean> {
    try {
      await tx.transaction((savepoint) =>
        savepoint
          .update(teams)
          .set({ teamNameKey })
          .where(eq(teams.id, id))
          .then(() => undefined),
      );
      return true;
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) return false;
      throw error;
    }
  }

  /** A church key that now gathers teams whose old keys differed: look-alike spellings of one church. */
  private logMergedChurches(rows: KeyedTeam[], moved: { row: KeyedTeam; churchKey: string }[]): void {
    const newKey = new Map(rows.map((row) => [row.id, row.churchKey]));
    for (const { row, churchKey } of moved) newKey.set(row.id, churchKey);
    for (const key of new Set(moved.map((m) => m.churchKey))) {
      const members = rows.filter((row) => newKey.get(row.id) === key);
      if (new Set(members.map((row) => row.churchKey)).size < 2) continue;
      this.logger.warn(
        {
          event: 'church_keys_merged',
          church_key: key,
          team_ids: members.map((row) => row.teamId),
          teams_holding_slots: members.filter((row) => row.holdsChurchSlot).length,
        },
        'look-alike church names now count as one church',
      );
    }
  }
}
