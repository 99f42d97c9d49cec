import { escapeHtml } from '../common/escape-html.js';
import type { OutgoingEmail } from '../mail/email-outbox.js';
import type { Player } from './team-form.js';
import type { TeamRow } from './team.js';

type EmailTeam = Pick<
  TeamRow,
  'id' | 'teamId' | 'teamName' | 'churchName' | 'captainName' | 'captainEmail' | 'viceCaptainEmail'
>;

/** A part of an email's body: a paragraph (which may end in a link), a table of facts, or a titled list. */
type Block =
  | { text: string; link?: string }
  | { facts: [label: string, value: string][] }
  | { title: string; items: string[]; numbered?: boolean };

/**
 * Every email about a team: to its captain (vice-captain in Cc), a greeting, the blocks and a sign-off,
 * as text and as HTML with every value escaped (user-given text can hold `<`, `&` and quotes).
 */
function teamEmail(kind: string, team: EmailTeam, subject: string, blocks: Block[]): OutgoingEmail {
  const e = escapeHtml;
  const text = [
    `Dear ${team.captainName},`,
    ...blocks.map((block) => {
      if ('facts' in block) return block.facts.map(([label, value]) => `${label}: ${value}`).join('\n');
      if ('items' in block) {
        const items = block.items.map((item, i) => (block.numbered ? `${i + 1}. ${item}` : `- ${item}`));
        return [`${block.title}:`, ...items].join('\n');
      }
      return block.link ? `${block.text}\n${block.link}` : block.text;
    }),
    'ICCT26 organising committee',
  ].join('\n\n');
  const list = (numbered?: boolean) => (numbered ? 'ol' : 'ul');
  const html = [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif">',
    `<p>Dear ${e(team.captainName)},</p>`,
    ...blocks.map((block) => {
      if ('facts' in block) {
        const rows = block.facts.map(
          ([label, value]) => `<tr><th align="left">${e(label)}</th><td>${e(value)}</td></tr>`,
        );
        return `<table>\n${rows.join('\n')}\n</table>`;
      }
      if ('items' in block) {
        const items = block.items.map((item) => `<li>${e(item)}</li>`).join('\n');
        return `<h3>${e(block.title)}</h3>\n<${list(block.numbered)}>\n${items}\n</${list(block.numbered)}>`;
      }
      const link = block.link ? `<br><a href="${e(block.link)}">${e(block.link)}</a>` : '';
      return `<p>${e(block.text).replace(/\r?\n/g, '<br>')}${link}</p>`;
    }),
    '<p>ICCT26 organising committee</p>',
    '</body></html>',
  ].join('\n');
  return {
    kind,
    teamUuid: team.id,
    to: [team.captainEmail],
    cc: team.viceCaptainEmail ? [team.viceCaptainEmail] : [],
    subject: `ICCT26 ${team.teamId}: ${subject}`.replace(/[\r\n]+/g, ' '),
    text,
    html,
  };
}

const named = (team: EmailTeam) => `${team.teamName} (${team.teamId}) from ${team.churchName}`;

export interface RegisteredTeam extends EmailTeam {
  teamId: string;
  viceCaptainName: string | null;
  coachName: string | null;
  players: Pick<Player, 'name' | 'role'>[];
  placement: { status: 'pending' } | { status: 'waitlisted'; waitlistPosition: number };
  /** The captain's private link, to view, correct or withdraw the registration. */
  link: string;
}

/** Once the registration is saved: what was registered, where the team stands, and the private link. */
export function registrationConfirmation(team: RegisteredTeam): OutgoingEmail {
  const { placement } = team;
  const waitlisted = placement.status === 'waitlisted';
  const status = waitlisted ? `Waitlisted (position ${placement.waitlistPosition})` : 'Pending review';
  const nextSteps = waitlisted
    ? [
        'All places are taken for now. When a place becomes free, the first team on the waitlist moves up.',
        'You will receive an email when your team moves from the waitlist to pending review.',
      ]
    : [
        'The organising committee will check your registration and payment receipt.',
        'You will receive another email when your team is approved or rejected.',
      ];
  return teamEmail(
    'registration_confirmation',
    team,
    `registration of ${team.teamName} (${team.churchName}) - ${status}`,
    [
      { text: `Your team "${team.teamName}" is registered for ICCT26.` },
      {
        facts: [
          ['Team ID', team.teamId],
          ['Team', team.teamName],
          ['Church', team.churchName],
          ['Captain', team.captainName],
          ...(team.viceCaptainName ? [['Vice-captain', team.viceCaptainName] as [string, string]] : []),
          ...(team.coachName ? [['Coach', team.coachName] as [string, string]] : []),
          ['Status', status],
        ],
      },
      {
        title: `Players (${team.players.length})`,
        items: team.players.map((p) => `${p.name} (${p.role})`),
        numbered: true,
      },
      {
        title: 'What happens next',
        items: [...nextSteps, 'Please quote your team ID in any message to the organisers.'],
      },
      {
        text: 'Your private link (keep it to yourself) shows your registration, lets you correct it and withdraw:',
        link: team.link,
      },
    ],
  );
}

/** An admin approved or rejected the team; the reason (or note) as the admin wrote it. */
export function statusEmail(
  team: EmailTeam,
  status: 'approved' | 'rejected',
  reason?: string,
): OutgoingEmail {
  const approved = status === 'approved';
  return teamEmail(
    approved ? 'team_approved' : 'team_rejected',
    team,
    approved ? `${team.teamName} is approved` : `${team.teamName} was not approved`,
    [
      {
        text: approved
          ? `Your team ${named(team)} has been approved. We look forward to seeing you at the tournament.`
          : `Your team ${named(team)} could not be approved.`,
      },
      ...(reason ? [{ text: `${approved ? 'Note' : 'Reason'}: ${reason}` }] : []),
      { text: approved ? 'God bless.' : 'If you have questions, reply to this email.' },
    ],
  );
}

/** A place became free and the team moved from the waitlist to pending review. */
export function promotionEmail(team: EmailTeam): OutgoingEmail {
  return teamEmail('team_promoted', team, `${team.teamName} has a place`, [
    { text: `A place became free: your team ${named(team)} has moved from the waitlist to pending review.` },
    { text: 'The organising committee will now check your registration and payment receipt.' },
  ]);
}

/** A new private link (an admin issued it; the previous link no longer works). */
export function accessLinkEmail(team: EmailTeam, link: string): OutgoingEmail {
  return teamEmail('access_link', team, 'a new link to your registration', [
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
