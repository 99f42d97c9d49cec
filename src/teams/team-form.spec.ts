import { describe, expect, it } from 'vitest';
import { editedFields, teamColumns, type RegistrationEdit, type RegistrationForm } from './team-form.js';

const png = {
  content: { bytes: Buffer.from('png') },
  size: 3,
  sha256: 'f'.repeat(64),
  contentType: 'image/png' as const,
};

const form: RegistrationForm = {
  team_name: 'St. Thomas Strikers',
  church_name: "St. Thomas' Church",
  captain_name: 'Anne Mary',
  captain_phone: '9876543210',
  captain_email: 'anne@example.org',
  captain_whatsapp: '9876543211',
  coach_name: 'John Paul',
  players: [],
  documents: [{ kind: 'logo', player: -1, file: png }],
};

describe('teamColumns', () => {
  it('maps a whole registration to every column, with the names’ comparison keys', () => {
    expect(teamColumns({ ...form, team_name: 'St.  THOMAS Strikers' })).toEqual({
      teamName: 'St.  THOMAS Strikers',
      teamNameKey: 'st. thomas strikers',
      churchName: "St. Thomas' Church",
      churchKey: "st. thomas' church",
      captainName: 'Anne Mary',
      captainPhone: '9876543210',
      captainEmail: 'anne@example.org',
      captainWhatsapp: '9876543211',
      coachName: 'John Paul',
    });
  });

  it('maps an edit to only the columns it gives, a cleared vice-captain field to null', () => {
    const edit: RegistrationEdit = { church_name: 'CSI Christ Church', vice_captain_email: null };
    expect(teamColumns(edit)).toEqual({
      churchName: 'CSI Christ Church',
      churchKey: 'csi christ church',
      viceCaptainEmail: null,
    });
    const documents = [
      { kind: 'logo' as const, player: -1, file: png },
      { kind: 'id_proof' as const, player: 3, file: png },
    ];
    expect(editedFields({ ...edit, coach_name: undefined, documents })).toEqual([
      'church_name',
      'vice_captain_email',
      'logo',
      'players[3].id_proof',
    ]);
  });
});
