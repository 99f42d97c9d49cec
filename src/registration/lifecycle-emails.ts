import { escapeHtml } from '../common/escape-html.js';
import type { OutgoingEmail } from '../mail/email-outbox.js';
import type { TeamRow } from './team-places.js';

type EmailTeam = Pick<
  TeamRow,
  'id' | 'teamId' | 'teamName' | 'churchName' | 'captainName' | 'captainEmail' | 'viceCaptainEmail'
>;

/**
 * A short email to a team's captain (vice-captain in Cc): a greeting, paragraphs and a sign-off, as
 * text and as HTML with every user-given value escaped. A paragraph may end in a link.
 */
function teamEmail(
  kind: string,
  team: EmailTeam,
  subject: string,
  paragraphs: { text: string; link?: string }[],
): OutgoingEmail {
  const text = [
    `Dear ${team.captainName},`,
    ...paragraphs.map((p) => (p.link ? `${p.text}\n${p.link}` : p.text)),
    'ICCT26 organising committee',
  ].join('\n\n');
  const html = [
    `<p>Dear ${escapeHtml(team.captainName)},</p>`,
    ...paragraphs.map(
      (p) =>
        `<p>${escapeHtml(p.text)}${p.link ? `<br><a href="${escapeHtml(p.link)}">${escapeHtml(p.link)}</a>` : ''}</p>`,
    ),
    '<p>ICCT26 organising committee</p>',
  ].join('\n');
  return {
    kind,
    teamId: team.id,
    to: [team.captainEmail],
    cc: team.viceCaptainEmail ? [team.viceCaptainEmail] : [],
    subject: `ICCT26 ${team.teamId}: ${subject}`.replace(/[\r\n]+/g, ' '),
    text,
    html,
  };
}

const named = (team: EmailTeam) => `${team.teamName} (${team.teamId}) from ${team.churchName}`;

/** A place became free and the team moved from the waitlist to pending review. */
export function promotionEmail(team: EmailTeam): OutgoingEmail {
  return teamEmail('team_promoted', team, `${team.teamName} has a place`, [
    { text: `A place became free: your team ${named(team)} has moved from the waitlist to pending review.` },
    { text: 'The organising committee will now check your registration and payment receipt.' },
  ]);
}

/** A new private link (an admin issued it; the previous link no longer works). */
export function accessLinkEmail(team: EmailTeam, link: string): OutgoingEmail {
  return teamEmail('access_link', team, `a new link to your registration`, [
    { text: `Here is a new private link to view or correct the registration of ${named(team)}:`, link },
    {
      text: 'Links sent before this one no longer work. Keep this one to yourself: it opens your registration.',
    },
  ]);
}

/** The captain withdrew the team. */
export function withdrawalEmail(team: EmailTeam): OutgoingEmail {
  return teamEmail('team_withdrawn', team, `${team.teamName} is withdrawn`, [
    {
      text: `Your team ${named(team)} has been withdrawn from ICCT26, as requested through its private link.`,
    },
    { text: 'If this was not you, reply to this email straight away.' },
  ]);
}
