// A sender's display name and the phrases quoted from their mail reach chat posts: Slack and Discord
// markup in them stays text, so a hostile mail can neither ping a channel nor format a post.
import { describe, expect, it } from 'vitest';
import type { TicketView } from '../../src/app/desk/desk-reply.js';
import { ticketDetail } from '../../src/adapters/discord/render-ticket.js';
import { ticketDetailBlocks } from '../../src/adapters/slack/render-ticket.js';

const hostile = '<!channel> @everyone <@U123> <https://evil.example|bank> *bold* __u__ `code`';
const ticket = {
  reference: 'RD-1001',
  organisationId: 'importly',
  status: 'received',
  types: ['access'],
  language: 'en',
  confidence: 0.8,
  reasons: [`access: "${hostile}"`],
  needsTriage: false,
  jurisdiction: 'eu-gdpr',
  due: '2026-02-17',
  deadlineExplanation: null,
  assignee: null,
  requester: { masked: 'b***@example.org', full: { address: 'bidi@example.org', name: hostile } },
  flags: [],
  allowedActions: [],
  stateActions: [],
  version: 1,
} as unknown as TicketView;

describe('hostile markup in a ticket shown in chat', () => {
  it('Slack: no special mention, user mention or link survives unescaped', () => {
    const text = JSON.stringify(ticketDetailBlocks(ticket));
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toMatch(/<!channel>|<@U123>|<https:/);
  });

  it('Discord: the markdown is escaped, so nothing is formatted', () => {
    const text = JSON.stringify(ticketDetail(ticket));
    expect(text).toContain('\\\\*bold\\\\*');
    expect(text).not.toMatch(/[^\\]\*bold/);
  });

  it('Discord: a masked link, a mention pill, a heading or a quote from mail stays text', () => {
    const hostileName = '# [Log in](https://evil.example) <@123456789012345678> <#123456789012345678>';
    const shown = ticketDetail({
      ...ticket,
      requester: { ...ticket.requester, full: { address: 'bidi@example.org', name: hostileName } },
    });
    const text = JSON.stringify(shown);
    expect(text).toContain('\\\\[Log in]');
    expect(text).not.toMatch(/[^\\]\[Log in\]|[^\\]<@123|[^\\]<#123|"# /);
  });
});
