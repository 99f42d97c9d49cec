import { escapeHtml } from '../common/escape-html.js';
import type { OutgoingEmail } from '../mail/email-outbox.js';
import type { TeamRow } from '../registration/team-places.js';

/**
 * The email telling the captain (vice-captain in Cc) that the team was approved or rejected.
 * Every value that came from a user is escaped in the HTML body.
 */
export function statusEmail(team: TeamRow, status: 'approved' | 'rejected', reason?: string): OutgoingEmail {
  const approved = status === 'approved';
  const subject = approved
    ? `ICCT26: ${team.teamName} (${team.teamId}) is approved`
    : `ICCT26: ${team.teamName} (${team.teamId}) was not approved`;
  const outcome = approved
    ? 'has been approved. We look forward to seeing you at the tournament.'
    : 'could not be approved.';
  const reasonLabel = approved ? 'Note' : 'Reason';

  const text = [
    `Dear ${team.captainName},`,
    '',
    `Your team ${team.teamName} (${team.teamId}) from ${team.churchName} ${outcome}`,
    ...(reason ? ['', `${reasonLabel}: ${reason}`] : []),
    '',
    approved ? 'God bless,' : 'If you have questions, reply to this email.',
    'The ICCT26 team',
  ].join('\n');

  const html = [
    `<p>Dear ${escapeHtml(team.captainName)},</p>`,
    `<p>Your team <strong>${escapeHtml(team.teamName)}</strong> (${escapeHtml(team.teamId!)}) from ` +
      `${escapeHtml(team.churchName)} ${outcome}</p>`,
    ...(reason
      ? [`<p><strong>${reasonLabel}:</strong> ${escapeHtml(reason).replace(/\r?\n/g, '<br>')}</p>`]
      : []),
    `<p>${approved ? 'God bless,' : 'If you have questions, reply to this email.'}<br>The ICCT26 team</p>`,
  ].join('\n');

  return {
    kind: approved ? 'team_approved' : 'team_rejected',
    teamId: team.id,
    to: [team.captainEmail],
    cc: team.viceCaptainEmail ? [team.viceCaptainEmail] : [],
    subject: subject.replace(/[\r\n]+/g, ' '),
    text,
    html,
  };
}
