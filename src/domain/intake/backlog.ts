/**
 * Backlog mail (issue 17): what a mailbox already held when Rightsdesk was first pointed at it. It is
 * ingested, classified and ticketed like any mail, and its legal clock runs from its receipt (GDPR
 * Art. 12(3): "without undue delay and in any event within one month of receipt of the request", however
 * late we read it); what the mailbox's `imap.backlog` setting decides is only whether each one is
 * acknowledged and posted to chat, since last year's requesters and the triage channel should not get
 * 50,000 messages at once. Instead, one summary of the catch-up, counts only, goes to the triage channel.
 */

/** The flag of a ticket opened from backlog mail (shown by `show`; the chat resync leaves them be). */
export const BACKLOG_FLAG = 'backlog_mail';

/**
 * Mail received before the mailbox was added. INTERNALDATE has whole seconds (RFC 3501 §2.3.3), so the
 * moment is compared to the second: mail of the very second the mailbox was added counts as new.
 * `addedAt` null: the mailbox was read before the moment was recorded, so nothing in it is backlog.
 */
export function isBacklog(receivedAt: Date, addedAt: Date | null): boolean {
  if (addedAt === null) return false;
  return receivedAt.getTime() < Math.floor(addedAt.getTime() / 1000) * 1000;
}

/** What a catch-up did with backlog mail: counts only, so it may go to a channel. */
export interface BacklogTally {
  readonly messages: number;
  /** Tickets opened (an email asking for rights on separate clocks opens several). */
  readonly tickets: number;
  readonly needsTriage: number;
  /** Tickets whose deadline had already passed when they were opened. */
  readonly overdue: number;
  /** Replies filed on tickets Rightsdesk already had, without a code check, letter or post of their own. */
  readonly replies: number;
}

/** The one chat post that replaces the per-ticket announcements of a catch-up's backlog. */
export function backlogSummaryText(
  mailboxId: string,
  tally: BacklogTally,
  handling: { readonly acknowledged: boolean },
): string {
  const n = (count: number, one: string, many: string) =>
    `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
  return [
    `Mailbox ${mailboxId} caught up on mail received before it was added to Rightsdesk: ` +
      `${n(tally.messages, 'message', 'messages')}, ${n(tally.tickets, 'ticket', 'tickets')} opened, ` +
      `${tally.needsTriage.toLocaleString('en')} in triage, ${tally.overdue.toLocaleString('en')} already overdue` +
      (tally.replies > 0
        ? `; ${n(tally.replies, 'reply', 'replies')} filed on ${tally.replies === 1 ? 'its ticket' : 'their tickets'} without a letter or post of ${tally.replies === 1 ? 'its' : 'their'} own.`
        : '.'),
    `Each deadline runs from the day the mail was received. ` +
      (handling.acknowledged
        ? 'The requesters were acknowledged.'
        : 'No acknowledgement was sent to these requesters.') +
      ' "/rights list triage" and "/rights list overdue" show them; each is flagged ' +
      BACKLOG_FLAG +
      '.',
  ].join('\n');
}
