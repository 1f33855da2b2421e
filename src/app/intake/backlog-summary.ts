/**
 * The one chat post that stands for a catch-up's backlog (issue 17) when its mailbox does not announce
 * backlog tickets one by one: counts only (messages, tickets, in triage, already overdue), to each
 * chat's triage channel of the organisation. A chat that fails is reported, never fails the catch-up.
 */
import { type BacklogTally, backlogSummaryText } from '../../domain/intake/backlog.js';
import type { IntakeOutcome } from './intake-outcome.js';
import type { MailboxRef } from './ports.js';

/** A chat's triage channels, as the summary needs them. */
export interface TriagePoster {
  /** Posts `text` to the organisation's triage channel; false when this chat has none for it. */
  postToTriage(organisationId: string, text: string): Promise<boolean>;
}

export interface BacklogSummaryDeps {
  readonly chats: readonly TriagePoster[];
  readonly onPostError: (error: unknown, mailboxId: string) => void;
}

/** What one batch's outcomes add to the catch-up's backlog tally. */
export function tallyBacklog(outcomes: readonly IntakeOutcome[]): BacklogTally {
  let messages = 0;
  let tickets = 0;
  let needsTriage = 0;
  let overdue = 0;
  let replies = 0;
  for (const outcome of outcomes) {
    if (!outcome.backlog) continue;
    messages++;
    overdue += outcome.backlog.overdueTickets;
    if (outcome.kind === 'reply') replies++;
    if (outcome.kind !== 'ticket') continue;
    const opened = 1 + (outcome.linkedTicketReferences?.length ?? 0);
    tickets += opened;
    if (outcome.needsTriage) needsTriage += opened;
  }
  return { messages, tickets, needsTriage, overdue, replies };
}

/** The catch-up's end-of-pass callback: the summary to every chat, and how many chats posted it logged. */
export function createBacklogSummary(
  deps: BacklogSummaryDeps & { readonly onPosted: (mailboxId: string, chats: number) => void },
) {
  return async (
    mailbox: MailboxRef,
    tally: BacklogTally,
    handling: { readonly acknowledged: boolean },
  ): Promise<void> => {
    deps.onPosted(mailbox.mailboxId, await postBacklogSummary(deps, mailbox, tally, handling));
  };
}

/** Posts the summary to every chat with a triage channel for the organisation; how many posted it. */
export async function postBacklogSummary(
  deps: BacklogSummaryDeps,
  mailbox: MailboxRef,
  tally: BacklogTally,
  handling: { readonly acknowledged: boolean },
): Promise<number> {
  const text = backlogSummaryText(mailbox.mailboxId, tally, handling);
  let posted = 0;
  for (const chat of deps.chats) {
    try {
      if (await chat.postToTriage(mailbox.organisationId, text)) posted++;
    } catch (error) {
      deps.onPostError(error, mailbox.mailboxId);
    }
  }
  return posted;
}
