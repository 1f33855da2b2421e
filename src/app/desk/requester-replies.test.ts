import { describe, expect, it } from 'vitest';
import {
  type OthersShown,
  postRequesterReplies,
  type RequesterReply,
  type RequesterReplyLedger,
} from './requester-replies.js';
import type { TicketThreadPoster } from './ticket-threads.js';

const NOW = new Date('2026-12-07T12:00:00Z');

/** An in-memory ledger over one chat: every reply is on RD-1 and in the past hour. */
function ledgerOf(replies: RequesterReply[]) {
  const status = new Map<number, string>();
  const ledger: RequesterReplyLedger = {
    unposted: async () => replies.filter((r) => !status.has(r.ticketMessageId)),
    claim: async (_t, id) => {
      if (status.has(id)) return false;
      status.set(id, 'posting');
      return true;
    },
    posted: async (_t, id, as = 'posted') => void status.set(id, as),
    release: async (_t, id) => void status.delete(id),
    othersShownSince: async () => {
      const others = replies.filter((r) => r.sender !== 'requester' && status.has(r.ticketMessageId));
      const shown: OthersShown = {
        posts: others.filter((r) => status.get(r.ticketMessageId) !== 'summarised').length,
        summarised: others.some((r) => status.get(r.ticketMessageId) === 'summarised'),
      };
      return new Map(others.length ? [['RD-1', shown]] : []);
    },
  };
  return { ledger, status };
}

const reply = (id: number, sender: RequesterReply['sender']): RequesterReply => ({
  ticketMessageId: id,
  reference: 'RD-1',
  text: `words ${id}`,
  requesterName: 'Ana',
  sender,
  backlogOf: null,
});

function run(ledger: RequesterReplyLedger, posts: string[], fail = false) {
  const thread: TicketThreadPoster = {
    transport: 'slack',
    postOnTicket: async () => false,
    postToTriage: async () => false,
    postUnderMessage: async (_reference, text) => {
      if (fail) throw new Error('rate limited');
      posts.push(text);
      return true;
    },
  };
  return postRequesterReplies(
    {
      ledger,
      threads: [thread],
      now: () => NOW,
      announcesBacklog: () => false,
      onError: () => {},
      otherPostsPerHour: 2,
    },
    { since: new Date(0), references: null },
  );
}

describe('postRequesterReplies under a flood of replies not from the requester', () => {
  it("posts the hour's cap one by one, sums up the rest in one line, and always posts the requester's own", async () => {
    const replies = [1, 2, 3, 4].map((id) => reply(id, 'other'));
    const { ledger, status } = ledgerOf([...replies, reply(5, 'requester')]);
    const posts: string[] = [];
    expect(await run(ledger, posts)).toBe(3);
    expect(posts.map((p) => p.split('\n')[0])).toEqual([
      "Reply on RD-1 from an address that is NOT the requester's (email, redacted):",
      "Reply on RD-1 from an address that is NOT the requester's (email, redacted):",
      'Reply from the requester on RD-1 (email, redacted):',
      '2 more replies from other addresses on RD-1, see `show RD-1`',
    ]);
    expect([status.get(3), status.get(4)]).toEqual(['summarised', 'summarised']);

    // Within the same hour, later ones wait for the next hour's line: no second summary.
    replies.push(reply(6, 'requester_unauthenticated'));
    await run(ledger, posts);
    expect(posts).toHaveLength(4);
    expect(status.has(6)).toBe(false);
  });

  it("takes back every claim whose post failed, the summary line's included, to try again", async () => {
    const { ledger, status } = ledgerOf([1, 2, 3].map((id) => reply(id, 'other')));
    await run(ledger, []);
    const { ledger: failing, status: none } = ledgerOf([1, 2, 3].map((id) => reply(id, 'other')));
    await run(failing, [], true);
    expect([...status.values()]).toEqual(['posted', 'posted', 'summarised']);
    expect(none.size).toBe(0);
  });
});
