/** Writes docs/benchmarks.md from one run's results, keeping the hand-written part below the marker. */
import { readFile, writeFile } from 'node:fs/promises';

const DOC = 'docs/benchmarks.md';
const MARKER = '<!-- Everything below this line is written by hand; bench/run.js keeps it. -->';

const fixed = (n, digits = 0) => (typeof n === 'number' ? n.toFixed(digits) : '–');
const mb = (bytes) => (bytes ? `${Math.round(bytes / 2 ** 20)} MB` : '–');
const pct = (share) => `${(share * 100).toFixed(1)} %`;

function row(name, what, r) {
  if (!r) return `| ${name} | ${what} | not run | | | | | |`;
  if (r.unavailable) return `| ${name} | ${what} | **not measured: ${r.unavailable}** | | | | | |`;
  const failures = [
    r.non2xx ? `${r.non2xx} non-2xx (${Object.keys(r.statuses ?? {}).join(', ')})` : '',
    r.errors ? `${r.errors} errors` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `| ${name} | ${what} | ${fixed(r.reqPerSec)} | ${fixed(r.p50, 1)} | ${fixed(r.p99, 1)} | ${failures || '0'} | ${mb(r.peakRssBytes)} | ${fixed(r.serverCpuMsPerRequest, 2)} |`;
}

/** The DOCS scenario (bench/document-upload.js): streaming uploads, peak RSS against its 300 MB goal. */
function documentsLine(d) {
  if (!d) return '';
  if (d.failed) return `**Documents (issue 12):** the scenario did not run: ${d.failed}.`;
  return `**Documents (issue 12), DOCS:** ${d.scenario}, sent at once to \`POST /api/registration\` (${d.megabytesSent} MB, ${d.storage}):
${d.ok} registered in ${d.seconds} s, ${d.uploaded} of ${d.teamFiles} files stored, peak RSS **${d.peakRssMb} MB** (idle ${d.idleRssMb} MB;
goal < 300 MB: ${d.withinRssLimit ? 'met' : '**not met**'}), temporary files left: ${d.temporaryFilesLeft}.`;
}

/** The confirmations the last S1 round left unsent, sent by the server's outbox once the load is over. */
function outboxDrainLine(d) {
  if (!d) return '';
  const sent =
    d.left > 0
      ? `sent ${d.sent} of them in the ${fixed(d.seconds)} s the bench waits`
      : `sent them in ${fixed(d.seconds, 1)} s`;
  return `**Outbox:** the last S1 round left ${d.backlog} confirmation emails unsent; with the load over, the server ${sent} (${fixed(d.perSecond)} emails a second).`;
}

/**
 * S1's server against L4 (the same work on bare Node), both profiled under S1's load: main-thread
 * microseconds per answer by package, what the server spends beyond L4 first.
 */
function beyondFloor(server, floor) {
  if (!server?.usPerAnswer || !floor?.usPerAnswer) return '';
  const owners = new Set([...Object.keys(server.usPerAnswer), ...Object.keys(floor.usPerAnswer)]);
  const rows = [...owners]
    .map((owner) => [owner, server.usPerAnswer[owner] ?? 0, floor.usPerAnswer[owner] ?? 0])
    .sort((a, b) => b[1] - b[2] - (a[1] - a[2]));
  const sum = (i) => rows.reduce((total, row) => total + row[i], 0);
  return `
### Where S1 spends more than L4

Both profiled under S1's load, one after the other (L4 at ${fixed(floor.reqPerSec)} req/s while profiled): main-thread
time per answer by owner, in µs (wall time: a thread waiting in a system call counts as that call's, and
"(idle)" is time with nothing to run). "the bench (bench/)" is L4's own replay of the recorded statements.
The **all** row is each process's main-thread time per answer while profiled (a million µs over its req/s).

| Owner | S1 server µs | L4 µs | S1 − L4 |
|---|---:|---:|---:|
${rows
  .filter(([, a, b]) => Math.max(a, b) >= 10)
  .map(([owner, a, b]) => `| ${owner} | ${a} | ${b} | ${a - b} |`)
  .join('\n')}
| **all** | **${sum(1)}** | **${sum(2)}** | **${sum(1) - sum(2)}** |
`;
}

/** The median of the numbers among `values`, or undefined when there are none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function target(label, measured, met) {
  return `| ${label} | ${measured} | ${met === undefined ? 'not measured' : met ? 'met' : '**not met**'} |`;
}

export async function writeReport(
  r,
  { connections, s1Seconds, roundSeconds, rounds, shortSeconds, seededTeams },
) {
  const m = r.machine;
  const ratio = (a, b) => (a?.reqPerSec && b?.reqPerSec ? a.reqPerSec / b.reqPerSec : undefined);
  // Scenarios run in the same rounds: the median of each round's ratio, figures taken minutes apart at most.
  const roundsRatio = (a, b) =>
    a?.runs?.length && a.runs.length === b?.runs?.length
      ? median(a.runs.map((run, i) => run.reqPerSec / b.runs[i].reqPerSec))
      : ratio(a, b);
  const s1L1 = roundsRatio(r.s1, r.l1);
  const s1L2 = ratio(r.s1, r.l2);
  const scaling = ratio(r.s1Workers, r.s1);
  const s1L4 = roundsRatio(r.s1, r.l4);
  const l4L1 = roundsRatio(r.l4, r.l1);
  const s2 = r.s2?.unavailable ? undefined : r.s2;
  const s2p99 = s2 ? Math.max(s2.page.p99, s2.search.p99, s2.filter.p99) : undefined;
  const profile = r.profile;

  const generated = `# Benchmarks

Written by \`npm run bench\` (bench/run.js) on ${r.startedAt.slice(0, 10)}; numbers from one run, commit ${m.commit}.
Raw results: \`bench/results/\` (not committed).

Reproduce on a machine with PostgreSQL (nothing else needed; the bench builds, starts and stops everything):

\`\`\`sh
DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
\`\`\`

**Machine:** ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}, PostgreSQL ${m.postgres}.
The load generator (autocannon), the fake Cloudinary and the SMTP sink run on the same cores as the server
and PostgreSQL, so every figure is a lower bound of what the server does alone.

## How it is measured

- The server is \`node dist/main.js\` in its own process, with an explicit environment: a fresh database
  (created and dropped by the run), pool ${r.pool.size} + ${r.pool.overflow} overflow, \`LOG_LEVEL=warn\`,
  rate limits, \`SMTP_MAX_EMAILS_PER_SECOND\` and \`MAX_TEAMS_PER_CHURCH\` out of the way, Cloudinary's upload API faked on loopback (answers at
  once, in its own process, reached through the real SDK), SMTP pointed at a loopback sink.
- Every scenario runs ${connections} connections after a few seconds of warm-up that are not counted; latency
  is autocannon's (from the request written to the response read).
- **S1** \`POST /api/registration\`: multipart, 11 players and a 20 KB PNG logo, a new team of a new church
  on every request, ${rounds} rounds of ${roundSeconds} s interleaved with L1's and L4's (each round runs L1, L4,
  then S1, on emptied tables), reported as medians: a ratio compares figures taken minutes apart at most.
  RSS is the peak of VmRSS summed over the server's processes, sampled every 250 ms, over all rounds.
- **L1** the database's own limit: the statements of \`RegistrationService.register\`, the same as S1 sends per
  request: its unlocked early conflict check, then its transaction (advisory lock, the conflict check again,
  team, 11 players, logo row, the numbering with its first history entry, confirmation email), recorded from
  the built service and replayed straight through postgres.js with fresh names (those the service sends together,
  pipelined, are sent together, the commit with the numbering), as named prepared statements (as the server
  sends them by default), on a pool of the same size, in S1's rounds. "L1 unprepared" replays it with unnamed
  statements, as the server sends them with \`DATABASE_PREPARED_STATEMENTS=false\` (behind PgBouncer);
  "L1 counter" replays only the team-number upsert and the commit: the ceiling of any design that holds the
  counter row lock until commit. "L1 unlocked" replays L1 with the number taken from a sequence instead of
  the counter row (not gapless; the bench only): the ceiling of any design that takes the counter's lock off
  the registering transaction, batch numbering included (which adds its own numbering transaction to it).
- **L4** S1's work on bare Node (bench/registration-floor.js): a bare \`node:http\` server that parses S1's
  multipart body with multer (into memory), hashes the logo and uploads it to the same fake Cloudinary
  through the Cloudinary SDK, runs L1's statements through postgres.js (the early check, the upload, then
  the transaction, with as many transactions at once as the server's default \`REGISTRATION_CONCURRENCY\`)
  and answers the team's JSON, in S1's rounds, same load as S1. What S1 spends beyond L4 is
  what the API adds to the same work (framework, validation, hardening, logging, metrics).
- **L2** the HTTP floor: a bare \`node:http\` server reading the same request body fully and answering a
  fixed JSON reply, in its own process, ${s1Seconds} s.
- **L2 GET** the same bare server answering \`GET\` with its fixed JSON; **L3** a bare \`node:http\` server running
  /health's query (\`select "value" from "counters" limit $1\`, prepared, on a one-connection postgres.js client,
  as the ping does) and answering /health's JSON (bench/health-floor.js).
- **S2** \`GET /admin/teams\` with ${seededTeams} teams (11 players and a logo each) seeded by bulk SQL:
  random pages of 50, a search (\`q\`), and a filter (\`status\` + \`church\`), ${shortSeconds} s each. **S3** \`GET /health\`, ${shortSeconds} s. **S4** \`GET /api/registration/status?church=…\` (the countdown page's poll) on the teams S1 left, ${shortSeconds} s.

## Results

| Scenario | Load | req/s | p50 ms | p99 ms | failures | peak RSS | server CPU ms per answer |
|---|---|---:|---:|---:|---|---:|---:|
${[
  row('S1', `registration, ${connections} conn.`, r.s1),
  row('S1 ×2', 'registration, `API_WORKERS=2`', r.s1Workers),
  row('L1', 'registration transaction, postgres.js, prepared', r.l1),
  row('L1 unprepared', 'the same, unnamed statements', r.l1Unprepared),
  row('L1 counter', 'only the team-number upsert + commit', r.l1Counter),
  row('L1 unlocked', 'L1 numbered from a sequence: no counter lock', r.l1Unlocked),
  row('L4', "S1's work on bare node:http + postgres.js", r.l4),
  row('L2', 'bare node:http, same body', r.l2),
  ...(s2
    ? [
        row('S2 pages', `\`?page=N&limit=50\`, ${seededTeams} teams`, s2.page),
        row('S2 search', `\`?q=${s2.seeded.searchTerm}&page=N\``, s2.search),
        row('S2 filter', '`?status=approved&church=…`', s2.filter),
      ]
    : [row('S2', '`GET /admin/teams`', r.s2)]),
  row('L2 GET', 'bare node:http, fixed JSON, GET', r.l2Get),
  row('L3', "bare node:http + postgres.js, /health's query", r.l3),
  row('S3', '`GET /health`', r.s3),
  row('S4', '`GET /api/registration/status?church=…` (cached), after S1', r.s4),
].join('\n')}

**Request pipeline (issue 15):** L2 GET, L3, S3 and S4 run interleaved, ${r.pipelineSetup?.rounds ?? 1} round(s), medians,
${r.pipelineSetup?.pinned ? `servers pinned to CPU ${r.pipelineSetup.pinned.servers} and the load generator to CPU ${r.pipelineSetup.pinned.loadGenerator} (taskset)` : 'unpinned'}:
S3/L3 = ${fixed(ratio(r.s3, r.l3), 3)} (target ≥ 0.5), S4/L2 GET = ${fixed(ratio(r.s4, r.l2Get), 3)} (target ≥ 0.5);
/health answered ${r.s3?.non2xx ?? '–'} non-2xx during S3.

${documentsLine(r.documents)}

${r.s1 ? `S1 saved ${r.s1.teamsSaved} teams; the SMTP sink received ${r.s1.emailsReceived} emails during the S1 rounds (the outbox sends at its own pace; what it had not sent when a round ended went with the emptied tables).` : ''}
${outboxDrainLine(r.outboxDrain)}
${r.l1?.firstError ? `\nL1's first error: \`${r.l1.firstError}\`.\n` : ''}
**Ratios:** S1/L1 = ${fixed(s1L1, 2)}, S1/L4 = ${fixed(s1L4, 2)}, L4/L1 = ${fixed(l4L1, 2)} (medians of the rounds' ratios), S1/L2 = ${fixed(s1L2, 3)}${scaling ? `, S1 with 2 workers / S1 = ${fixed(scaling, 2)}` : ''}.

| Target (issue 6) | Measured | |
|---|---|---|
${[
  target('S1 ≥ 0.5 × L1', `${fixed(s1L1, 2)} × L1`, s1L1 === undefined ? undefined : s1L1 >= 0.5),
  target('S1 p99 < 100 ms at 50 connections', `${fixed(r.s1?.p99, 1)} ms`, r.s1 ? r.s1.p99 < 100 : undefined),
  target('RSS < 250 MB', mb(r.s1?.peakRssBytes), r.s1 ? r.s1.peakRssBytes < 250 * 2 ** 20 : undefined),
  target(
    'S2 p99 < 20 ms',
    s2p99 === undefined ? 'not measured' : `${fixed(s2p99, 1)} ms (worst variant)`,
    s2p99 === undefined ? undefined : s2p99 < 20,
  ),
].join('\n')}

The statements L1 replays, in order${r.l1StatementsBefore?.length || r.l1StatementsAfter?.length ? ' (those marked "outside" on their own, the others in one transaction, `begin`/`commit` around them)' : " (the transaction's `begin`/`commit` around them)"}:

${[
  ...(r.l1StatementsBefore ?? []).map((q) => ({ q, outside: true })),
  ...r.l1Statements.map((q, i) => ({ q, withPrevious: r.l1WithPrevious?.[i] })),
  ...(r.l1StatementsAfter ?? []).map((q) => ({ q, outside: true })),
]
  .map(
    ({ q, outside, withPrevious }, i) =>
      `${i + 1}. ${outside ? '(outside) ' : ''}${withPrevious ? '(sent with the one before) ' : ''}\`${q.length > 140 ? `${q.slice(0, 140)}…` : q}\``,
  )
  .join('\n')}

## Profile of the server under S1

${
  profile?.samples
    ? `V8 sampling profiler inside the server process during ${fixed(profile.seconds)} s of S1 (${fixed(profile.reqPerSec)} req/s,
p99 ${fixed(profile.p99, 1)} ms while profiled), ${profile.samples} samples; self time, so a library's share excludes
what it calls. The full profile is in \`bench/results/*.cpuprofile\` (open it in Chrome DevTools).

| Where (self time) | Share |
|---|---:|
${profile.byOwner.map((o) => `| ${o.name} | ${pct(o.share)} |`).join('\n')}

| Function (self time) | Share |
|---|---:|
${profile.byFunction.map((f) => `| \`${f.name}\` | ${pct(f.share)} |`).join('\n')}`
    : `No profile: ${profile?.unavailable ?? 'not run'}.`
}
${beyondFloor(profile, r.floorProfile)}
`;
  const previous = await readFile(DOC, 'utf8').catch(() => '');
  const handWritten = previous.includes(MARKER)
    ? previous.slice(previous.indexOf(MARKER) + MARKER.length)
    : '\n\n## Findings\n\n(Write what the profile shows and what to change here.)\n';
  await writeFile(DOC, `${generated}${MARKER}${handWritten}`);
}
