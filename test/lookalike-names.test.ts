import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { teams } from '../src/database/schema.js';
import { databaseTargets } from './support/databases.js';
import { players, register, registrationForm, uniqueNames, validFields } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

// Names that render the same must be the same team (DUPLICATE_TEAM) and the same church (the
// MAX_TEAMS_PER_CHURCH limit), and a name must show something: invisible characters are no name.

const CGJ = '\u034F'; // combining grapheme joiner
const HANGUL_FILLER = '\u3164';
const HALFWIDTH_HANGUL_FILLER = '\uFFA0';
const CYRILLIC_A = '\u0430'; // а
const CYRILLIC_O = '\u043E'; // о
const GREEK_OMICRON = '\u03BF'; // ο

/** Each trick, applied to a Latin name of at least two words that contains an `a` and an `o`. */
const TRICKS: [string, (name: string) => string][] = [
  ['a combining grapheme joiner inside a word', (n) => n.replace('a', `a${CGJ}`)],
  ['a Hangul filler after the name', (n) => `${n}${HANGUL_FILLER}`],
  ['a halfwidth Hangul filler beside a space', (n) => n.replace(' ', ` ${HALFWIDTH_HANGUL_FILLER}`)],
  ['a Cyrillic а for the Latin a', (n) => n.replace('a', CYRILLIC_A)],
  ['a Cyrillic о for the Latin o', (n) => n.replace('o', CYRILLIC_O)],
  ['a Greek omicron for the Latin o', (n) => n.replace('o', GREEK_OMICRON)],
  [
    'fullwidth letters',
    (n) =>
      n.replace(/^../, (two) => String.fromCodePoint(...[...two].map((c) => c.codePointAt(0)! + 0xfee0))),
  ],
  ['a variation selector', (n) => n.replace(' ', '\uFE0F ')],
  ['a Mongolian free variation selector', (n) => n.replace(' ', '\u180B ')],
  ['a Khmer inherent vowel', (n) => n.replace(' ', '\u17B4 ')],
  ['upper case and doubled spaces', (n) => n.toUpperCase().replace(' ', '   ')],
];

const fieldErrorsOf = (body: any) => body?.details?.field_errors as Record<string, string>;

describe.each(databaseTargets())('look-alike names on %s', (target) => {
  const server = useTestApp(target);

  it.each(TRICKS)(
    'refuses a team name that only differs by %s: 409 DUPLICATE_TEAM',
    async (_trick, disguise) => {
      const name = `Coimbatore Falcons ${uniqueNames().team}`;
      const first = await register(server.url, registrationForm(validFields({ team_name: name })));
      expect(first.status, JSON.stringify(first.body)).toBe(200);

      const lookalike = disguise(name);
      expect(lookalike).not.toBe(name);
      const second = await register(server.url, registrationForm(validFields({ team_name: lookalike })));
      expect(second.status, `${JSON.stringify(lookalike)}: ${JSON.stringify(second.body)}`).toBe(409);
      expect(second.body).toMatchObject({ success: false, error_code: 'DUPLICATE_TEAM' });
    },
  );

  it.each(TRICKS)(
    'counts a church name that only differs by %s as the same church: the third team gets CHURCH_LIMIT_REACHED',
    async (_trick, disguise) => {
      const church = `Our Lady of Good Health ${uniqueNames().church}`;
      expect(disguise(church)).not.toBe(church);
      const registered = [];
      for (const name of [church, disguise(church)]) {
        registered.push(
          (await register(server.url, registrationForm(validFields({ church_name: name })))).status,
        );
      }
      expect(registered).toEqual([200, 200]);
      const third = await register(
        server.url,
        registrationForm(validFields({ church_name: disguise(church) })),
      );
      expect(third.status, JSON.stringify(third.body)).toBe(409);
      expect(third.body).toMatchObject({ error_code: 'CHURCH_LIMIT_REACHED' });

      const status = (await (
        await fetch(`${server.url}/api/registration/status?church=${encodeURIComponent(disguise(church))}`)
      ).json()) as any;
      expect(status.church).toMatchObject({ teams: 2, remaining: 0 });
    },
  );

  it("counts St. Mary's and St. Mary’s (typographic apostrophe) as one church", async () => {
    const tag = uniqueNames().church;
    for (const name of [`St. Mary's ${tag}`, `St. Mary’s ${tag}`]) {
      expect((await register(server.url, registrationForm(validFields({ church_name: name })))).status).toBe(
        200,
      );
    }
    const third = await register(
      server.url,
      registrationForm(validFields({ church_name: `St. Mary's ${tag}` })),
    );
    expect(third.body).toMatchObject({ error_code: 'CHURCH_LIMIT_REACHED' });
  });

  it('keeps the names as typed (NFC, trimmed, collapsed): only the comparison key is folded', async () => {
    const name = `Gr${CYRILLIC_A}ce${CGJ} Warriors ${uniqueNames().team}`;
    const res = await register(server.url, registrationForm(validFields({ team_name: `  ${name}  ` })));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    expect(team!.teamName).toBe(name);
    expect(team!.teamNameKey).not.toContain(CYRILLIC_A);
    expect(team!.teamNameKey).not.toContain(CGJ);
  });

  it.each([
    ['team_name', `${HANGUL_FILLER}${HANGUL_FILLER}${HANGUL_FILLER}`],
    ['team_name', `${HALFWIDTH_HANGUL_FILLER} ${HALFWIDTH_HANGUL_FILLER}${HALFWIDTH_HANGUL_FILLER}`],
    ['church_name', `\u115F\u1160${HANGUL_FILLER}${CGJ}`],
    ['captain_name', `${HANGUL_FILLER}${HANGUL_FILLER}${HANGUL_FILLER}`],
    ['coach_name', `${CGJ}${HANGUL_FILLER}\uFE0F`],
    ['vice_captain_name', `${HANGUL_FILLER}${HANGUL_FILLER}${HANGUL_FILLER}`],
  ])('refuses %s made only of invisible characters: 400 naming the field', async (field, value) => {
    const res = await register(
      server.url,
      registrationForm(
        validFields({
          [field]: value,
          ...(field === 'vice_captain_name'
            ? {
                vice_captain_phone: '9123456780',
                vice_captain_email: 'vice@example.org',
                vice_captain_whatsapp: '9123456781',
              }
            : {}),
        }),
      ),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(fieldErrorsOf(res.body)).toEqual({ [field]: 'must contain letters' });
  });

  it('refuses a player named only by fillers, naming the player', async () => {
    const list = players(11).map((p, i) =>
      i === 3 ? { ...p, name: `${HANGUL_FILLER}${HANGUL_FILLER}${HANGUL_FILLER}` } : p,
    );
    const res = await register(server.url, registrationForm(validFields({ players: JSON.stringify(list) })));
    expect(res.status).toBe(400);
    expect(fieldErrorsOf(res.body)).toEqual({ 'players[3].name': 'must contain letters' });
  });

  it('counts only visible characters towards the shortest name', async () => {
    const res = await register(
      server.url,
      registrationForm(validFields({ team_name: `Ab${HANGUL_FILLER}${CGJ}` })),
    );
    expect(res.status).toBe(400);
    expect(fieldErrorsOf(res.body)).toEqual({ team_name: 'must be 3-80 characters' });
  });

  it('still takes genuine Tamil, Malayalam and Devanagari names with their combining marks, each its own team', async () => {
    const names: [team: string, church: string, person: string][] = [
      ['சென்னை சிங்கங்கள்', 'தூய தோமா ஆலயம்', 'ஜோசப் குமார்'],
      ['சென்னை சிங்கம்', 'தூய தோமா ஆலயம்', 'அருள் ராஜ்'],
      ['കേരള കടുവകൾ', 'സെന്റ് മേരീസ് പള്ളി', 'ജോസഫ് മാത്യു'],
      ['കേരള കടുവ', 'സെന്റ് മേരീസ് പള്ളി', 'റോയ് തോമസ്'],
      ['दिल्ली शेर', 'संत पॉल चर्च', 'राहुल शर्मा'],
      ['दिल्ली शेरों', 'संत पॉल चर्च', 'क़ासिम अली'],
    ];
    const tag = uniqueNames().team;
    for (const [team, church, person] of names) {
      const res = await register(
        server.url,
        registrationForm(
          validFields({
            team_name: `${team} ${tag}`,
            church_name: `${church} ${tag}`,
            captain_name: person,
            coach_name: person,
          }),
        ),
      );
      expect(res.status, `${team}: ${JSON.stringify(res.body)}`).toBe(200);
      const [row] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
      expect(row!.teamName).toBe(`${team} ${tag}`.normalize('NFC'));
      expect(row!.captainName).toBe(person.normalize('NFC'));
    }
    // The same Tamil name again (decomposed vowel signs this time) is the same team.
    const again = await register(
      server.url,
      registrationForm(validFields({ team_name: `${names[0]![0]} ${tag}`.normalize('NFD') })),
    );
    expect(again.body).toMatchObject({ error_code: 'DUPLICATE_TEAM' });
  });
});
