import { Inject, Injectable } from '@nestjs/common';
import { and, eq, sql } from 'drizzle-orm';
import { Database, type Tx } from '../database/database.js';
import { players, teamEdits, teamFiles, teamStatusHistory, teams } from '../database/schema.js';
import { PendingUploads } from '../storage/pending-uploads.js';
import { StorageDeletions } from '../storage/storage-deletions.js';
import type { Player } from './registration-form.js';
import { conflictIn, isDuplicateName, type NewTeam, type NewTeamFile } from './registration.repository.js';
import { TeamPlaces, type TeamRow } from './team-places.js';

/** What an edit may change on the team row. */
export type TeamChanges = Partial<Omit<NewTeam, 'id' | 'accessTokenHash'>>;

export interface SaveEdit {
  teamId: string;
  accessTokenHash: string;
  changes: TeamChanges;
  players?: Player[];
  /** New file references; each replaces the team's file of that kind. */
  files: NewTeamFile[];
  /** The names of the fields and files the captain sent: the history keeps these, not the values. */
  fields: string[];
  maxTeamsPerChurch: number;
  /** Runs in the transaction after the changes (new pending file bytes, the idempotent outcome). */
  alsoInTransaction: (tx: Tx, team: TeamRow) => Promise<void>;
}

export type EditOutcome =
  | { team: TeamRow; replacedPublicIds: string[] }
  | { notFound: true }
  | { blockedBy: TeamRow['status'] }
  | { conflict: 'DUPLICATE_TEAM' | 'CHURCH_LIMIT_REACHED' };

export type WithdrawOutcome =
  { team: TeamRow; from: TeamRow['status'] } | { notFound: true } | { blockedBy: TeamRow['status'] };

/** Statuses in which the captain may still correct the registration. */
export const EDITABLE: TeamRow['status'][] = ['pending', 'waitlisted'];
const WITHDRAWABLE: TeamRow['status'][] = ['pending', 'waitlisted', 'approved'];

/** The captain's changes through the private link, each in one transaction under the team's row lock. */
@Injectable()
export class CaptainRepository {
  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(TeamPlaces) private readonly places: TeamPlaces,
    @Inject(PendingUploads) private readonly pendingUploads: PendingUploads,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
  ) {}

  /**
   * Applies an edit with the registration's own rules: a new church is checked against its limit under
   * that church's lock, a new name against every other team (and the unique index). Returns the public
   * ids of the files it replaced, to delete from storage once committed.
   */
  async edit(input: SaveEdit): Promise<EditOutcome> {
    try {
      return await this.database.db.transaction(async (tx): Promise<EditOutcome> => {
        const { churchKey, teamNameKey } = input.changes;
        if (churchKey) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${churchKey}, 0))`);
        const current = await this.lockTeam(tx, input.teamId, input.accessTokenHash);
        if (!current) return { notFound: true };
        if (!EDITABLE.includes(current.status)) return { blockedBy: current.status };
        const churchChanges = churchKey !== undefined && churchKey !== current.churchKey;
        const conflict = await conflictIn(
          tx,
          teamNameKey ?? current.teamNameKey,
          churchKey ?? current.churchKey,
          // A team already counted in its church never conflicts with itself.
          churchChanges ? input.maxTeamsPerChurch : Number.MAX_SAFE_INTEGER,
          current.id,
        );
        if (conflict) return { conflict };

        const [team] = await tx
          .update(teams)
          .set({
            ...input.changes,
            ...(input.players ? { playerCount: input.players.length } : {}),
            updatedAt: sql`now()`,
          })
          .where(eq(teams.id, current.id))
          .returning();
        if (input.players) {
          await tx.delete(players).where(eq(players.teamId, current.id));
          await tx
            .insert(players)
            .values(input.players.map((p, position) => ({ teamId: current.id, position, ...p })));
        }
        const replacedPublicIds: string[] = [];
        for (const file of input.files) {
          const [old] = await tx
            .delete(teamFiles)
            .where(and(eq(teamFiles.teamId, current.id), eq(teamFiles.kind, file.kind)))
            .returning({ publicId: teamFiles.publicId });
          if (old?.publicId) replacedPublicIds.push(old.publicId);
          await this.pendingUploads.drop(tx, current.id, file.kind);
          await tx.insert(teamFiles).values({ ...file, teamId: current.id });
        }
        // Written down with the edit, so a replaced file is deleted even if the storage is down right now.
        await this.deletions.schedule(tx, replacedPublicIds);
        await tx.insert(teamEdits).values({ teamId: current.id, fields: input.fields, actor: 'captain' });
        await input.alsoInTransaction(tx, team!);
        return { team: team!, replacedPublicIds };
      });
    } catch (error) {
      if (isDuplicateName(error)) return { conflict: 'DUPLICATE_TEAM' };
      throw error;
    }
  }

  /**
   * Withdraws the team. A team that held a place gives it to the first waitlisted one (in the same
   * transaction, under the places lock), and its church slot is free from the commit on. The route's
   * guard has checked the link already, so a wrong one never queues on that lock.
   */
  async withdraw(
    teamId: string,
    accessTokenHash: string,
    alsoInTransaction: (tx: Tx, team: TeamRow, from: TeamRow['status']) => Promise<void>,
  ): Promise<WithdrawOutcome> {
    return this.database.db.transaction(async (tx): Promise<WithdrawOutcome> => {
      await this.places.lockPlaces(tx);
      const current = await this.lockTeam(tx, teamId, accessTokenHash);
      if (!current) return { notFound: true };
      if (!WITHDRAWABLE.includes(current.status)) return { blockedBy: current.status };
      const [team] = await tx
        .update(teams)
        .set({ status: 'withdrawn', updatedAt: sql`now()` })
        .where(eq(teams.id, current.id))
        .returning();
      await tx.insert(teamStatusHistory).values({
        teamId: current.id,
        fromStatus: current.status,
        toStatus: 'withdrawn',
        reason: 'Withdrawn by the captain',
        actor: 'captain',
      });
      await alsoInTransaction(tx, team!, current.status);
      if (current.status !== 'waitlisted') await this.places.fillFreePlaces(tx, 'system');
      return { team: team!, from: current.status };
    });
  }

  private async lockTeam(tx: Tx, teamId: string, accessTokenHash: string): Promise<TeamRow | undefined> {
    const [team] = await tx
      .select()
      .from(teams)
      .where(and(eq(teams.teamId, teamId), eq(teams.accessTokenHash, accessTokenHash)))
      .for('update');
    return team;
  }
}
