/** S2's data: 10,000 teams with 11 players each and a logo row, written by bulk SQL in one transaction. */

const FIRST_NAMES = [
  'Samuel',
  'Joseph',
  'Mathew',
  'Abraham',
  'Daniel',
  'Thomas',
  'John',
  'Paul',
  'Philip',
  'Stephen',
  'Jacob',
  'George',
  'Benjamin',
  'Joel',
  'Aaron',
  'Ebenezer',
  'Jeevan',
  'Arul',
  'Prakash',
  'Vinoth',
];
const SURNAMES = [
  'Raj',
  'Kumar',
  'Varghese',
  'Chacko',
  'Jacob',
  'Peter',
  'Cherian',
  'George',
  'Selvaraj',
  'Devadoss',
  'Samuel',
  'Immanuel',
  'Moses',
  'David',
  'Solomon',
  'Prabhu',
  'Jebaraj',
  'Sundar',
  'Paulraj',
  'Thambi',
];
const CHURCH_NAMES = [
  'CSI St. Thomas Church',
  'St. Mary\u2019s Cathedral',
  'Immanuel Methodist Church',
  'CSI Christ Church',
  'Bethel AG Church',
  'St. Andrew\u2019s Kirk',
  'Wesley Church',
  'Zion Lutheran Church',
  'St. George\u2019s Cathedral',
  'Emmanuel Baptist Church',
];
const CITIES = ['Chennai', 'Madurai', 'Vellore', 'Trichy', 'Coimbatore', 'Salem', 'Tirunelveli', 'Erode'];
const TEAM_WORDS = ['Lions', 'Eagles', 'Warriors', 'Strikers', 'Kings', 'Royals', 'Titans', 'Falcons'];

/** The admin list's data as a church tournament would have it; also returns values to search for. */
export async function seedTeams(sql, count) {
  const arr = (values) => sql.array(values);
  await sql.begin(async (tx) => {
    await tx`truncate teams, counters cascade`;
    // ~10 teams per church (name + city), names unique through the trailing number.
    await tx`
      insert into teams (team_number, team_id, team_name, team_name_key, church_name, church_key,
        captain_name, captain_phone, captain_email, captain_whatsapp, coach_name, player_count, status,
        created_at, updated_at)
      select n, 'ICCT-' || lpad(n::text, greatest(3, length(n::text)), '0'), t.team_name, lower(t.team_name), c.church_name,
        lower(c.church_name), p.captain, lpad((9000000000 + n)::text, 10, '0'),
        lower(replace(p.captain, ' ', '.')) || n || '@example.org', lpad((8000000000 + n)::text, 10, '0'),
        'Coach ' || (${arr(SURNAMES)}::text[])[1 + (n * 7) % ${SURNAMES.length}], 11,
        (array['pending','pending','approved','rejected']::team_status[])[1 + n % 4],
        now() - make_interval(mins => ${count} - n), now()
      from generate_series(1, ${count}) as n
      cross join lateral (select
        (${arr(CHURCH_NAMES)}::text[])[1 + (n / 10) % ${CHURCH_NAMES.length}] || ', ' ||
        (${arr(CITIES)}::text[])[1 + (n / 10 / ${CHURCH_NAMES.length}) % ${CITIES.length}] ||
        ' ' || (n / 10 / ${CHURCH_NAMES.length * CITIES.length} + 1) as church_name) c
      cross join lateral (select
        (${arr(TEAM_WORDS)}::text[])[1 + n % ${TEAM_WORDS.length}] || ' ' ||
        (${arr(CITIES)}::text[])[1 + (n / 3) % ${CITIES.length}] || ' ' || n as team_name) t
      cross join lateral (select
        (${arr(FIRST_NAMES)}::text[])[1 + n % ${FIRST_NAMES.length}] || ' ' ||
        (${arr(SURNAMES)}::text[])[1 + (n / 7) % ${SURNAMES.length}] as captain) p`;
    await tx`
      insert into players (team_id, position, name, role, phone)
      select t.id, pos,
        (${arr(FIRST_NAMES)}::text[])[1 + (t.team_number + pos * 3) % ${FIRST_NAMES.length}] || ' ' ||
        (${arr(SURNAMES)}::text[])[1 + (t.team_number * 11 + pos) % ${SURNAMES.length}],
        (array['Batsman','Bowler','All-Rounder','Wicket-Keeper']::player_role[])[1 + pos % 4],
        lpad((7000000000 + t.team_number * 16 + pos)::text, 10, '0')
      from teams t cross join generate_series(0, 10) as pos`;
    await tx`
      insert into team_files (team_id, kind, state, url, public_id, content_type, size_bytes, sha256, uploaded_at)
      select id, 'logo', 'uploaded', 'https://res.cloudinary.test/bench/image/upload/v1/teams/' || id || '/logo',
        'teams/' || id || '/logo', 'image/png', 20480, md5(id::text) || md5(id::text), created_at
      from teams`;
    await tx`insert into counters (name, value) values ('team_number', ${count})`;
  });
  await sql`analyze teams, players, team_files`;
  const [church] = await sql`select church_name from teams where status = 'approved' limit 1`;
  return { searchTerm: SURNAMES[3], church: church.church_name, status: 'approved' };
}
