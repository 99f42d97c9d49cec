import { escapeHtml } from '../common/escape-html.js';
import type { OutgoingEmail } from './email-outbox.js';

export interface RegisteredTeam {
  /** The team's row id (uuid). */
  id: string;
  /** The public team ID, e.g. ICCT-007. */
  teamId: string;
  teamName: string;
  churchName: string;
  captainName: string;
  captainEmail: string;
  viceCaptainName?: string;
  viceCaptainEmail?: string;
  coachName: string;
  players: { name: string; role: string }[];
  status: 'pending' | 'waitlisted';
  /** 1 for the first team in line, when waitlisted. */
  waitlistPosition?: number;
  /** The captain's private link, to view, correct or withdraw the registration. */
  link: string;
}

const PENDING_STEPS = [
  'The organising committee will check your registration and payment receipt.',
  'You will receive another email when your team is approved or rejected.',
];
const WAITLIST_STEPS = [
  'All places are taken for now. When a place becomes free, the first team on the waitlist moves up.',
  'You will receive an email when your team moves from the waitlist to pending review.',
];
const LINK_STEP =
  'Your private link (keep it to yourself) shows your registration, lets you correct it and withdraw:';

/** The email a captain gets once the registration is saved (the vice-captain in copy when given). */
export function registrationConfirmation(team: RegisteredTeam): OutgoingEmail {
  const e = escapeHtml;
  const status =
    team.status === 'waitlisted' ? `Waitlisted (position ${team.waitlistPosition})` : 'Pending review';
  const steps = [
    ...(team.status === 'waitlisted' ? WAITLIST_STEPS : PENDING_STEPS),
    'Please quote your team ID in any message to the organisers.',
  ];
  const facts: [string, string][] = [
    ['Team ID', team.teamId],
    ['Team', team.teamName],
    ['Church', team.churchName],
    ['Captain', team.captainName],
    ...(team.viceCaptainName ? [['Vice-captain', team.viceCaptainName] as [string, string]] : []),
    ['Coach', team.coachName],
    ['Status', status],
  ];
  const text = [
    `Dear ${team.captainName},`,
    '',
    `Your team "${team.teamName}" is registered for ICCT26.`,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    `Players (${team.players.length}):`,
    ...team.players.map((p, i) => `${i + 1}. ${p.name} (${p.role})`),
    '',
    'What happens next:',
    ...steps.map((step) => `- ${step}`),
    '',
    LINK_STEP,
    team.link,
    '',
    'ICCT26 organising committee',
  ].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: sans-serif">
<p>Dear ${e(team.captainName)},</p>
<p>Your team <strong>${e(team.teamName)}</strong> is registered for ICCT26.</p>
<table>
${facts.map(([label, value]) => `<tr><th align="left">${label}</th><td>${e(value)}</td></tr>`).join('\n')}
</table>
<h3>Players (${team.players.length})</h3>
<ol>
${team.players.map((p) => `<li>${e(p.name)} (${e(p.role)})</li>`).join('\n')}
</ol>
<h3>What happens next</h3>
<ul>
${steps.map((step) => `<li>${step}</li>`).join('\n')}
</ul>
<p>${LINK_STEP}<br><a href="${e(team.link)}">${e(team.link)}</a></p>
<p>ICCT26 organising committee</p>
</body></html>`;
  return {
    kind: 'registration_confirmation',
    teamId: team.id,
    to: [team.captainEmail],
    cc: team.viceCaptainEmail ? [team.viceCaptainEmail] : [],
    subject: `ICCT26 registration ${team.teamId}: ${team.teamName} (${team.churchName}) - ${status}`,
    text,
    html,
  };
}
