import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { TicketView } from '../../app/desk/desk-reply.js';
import { reasonModal, REJECT_MODAL } from './reason-modals.js';
import { renderReply } from './render-reply.js';
import { channelTicketMessage } from './render-ticket.js';
import { SLACK_LIMITS } from './slack-limits.js';

/** A ticket with 30 downstream recipients, each with a note near the grammar's 2,000-character cap. */
function bigTicket(): TicketView {
  return {
    reference: 'RD-123456789',
    organisationId: 'importly',
    status: 'fulfilled',
    types: ['erasure', 'rectification', 'restriction'],
    language: 'de',
    confidence: 0.91,
    reasons: Array.from(
      { length: 40 },
      (_, i) => `phrase ${i} "bitte löschen Sie alle meine Daten & Konten"`,
    ),
    needsTriage: false,
    jurisdiction: 'eu-gdpr',
    due: '2026-12-23',
    deadlineExplanation: `GDPR Art. 12(3): one month from receipt; ${'extended by two months; '.repeat(20)}`,
    assignee: 'slack:UAGENT0001',
    requester: { masked: 'j***@example.com', full: { address: 'jane.roe@example.com', name: 'Jane Roe' } },
    flags: ['minor_possible', 'agent_request'],
    allowedActions: [],
    stateActions: [],
    version: 42,
    recipients: Array.from({ length: 30 }, (_, i) => ({
      line: i + 1,
      recipient: `Processor number ${i + 1} <with> & "odd" characters`,
      role: 'processor',
      outcome: 'notified',
      note: `${i + 1}: ${'called them and confirmed the erasure of every record & backup; '.repeat(30)}`.slice(
        0,
        1990,
      ),
    })),
  } as TicketView;
}

/** Every text of the blocks, with the limit Slack sets for where it sits. */
function textsOf(blocks: readonly types.KnownBlock[]): [string, number][] {
  return blocks.flatMap((block): [string, number][] => {
    if (block.type === 'section')
      return [
        ...(block.text ? [[block.text.text, SLACK_LIMITS.sectionText] as [string, number]] : []),
        ...(block.fields ?? []).map((f): [string, number] => [f.text, SLACK_LIMITS.field]),
      ];
    if (block.type === 'context')
      return block.elements.flatMap((e): [string, number][] =>
        'text' in e ? [[e.text, SLACK_LIMITS.contextText]] : [],
      );
    if (block.type === 'actions')
      return block.elements.flatMap((e): [string, number][] =>
        e.type === 'button' ? [[e.text.text, SLACK_LIMITS.buttonText]] : [],
      );
    return [];
  });
}

describe("a big ticket within Slack's limits", () => {
  it('shows a ticket with 30 recipients and long notes in sections of at most 3,000 characters, none lost silently', () => {
    const ticket = bigTicket();
    const message = renderReply({ kind: 'changed', summary: 'RD-123456789 fulfilled', ticket });
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const texts = textsOf(message.blocks);
    for (const [text, limit] of texts) expect(text.length).toBeLessThanOrEqual(limit);
    // Split, not dropped: every recipient line is there, its long note cut with an ellipsis.
    const all = texts.map(([t]) => t).join('\n');
    for (const r of ticket.recipients ?? []) expect(all).toContain(`*Recipient ${r.line}*`);
    expect(all).toMatch(/…/);
    // Cut cleanly: no escape or mention broken in half at the end of a cut line.
    expect(all).not.toMatch(/&[a-z]*…|<[^>]*…/);
    expect(message.blocks.filter((b) => b.type === 'section').length).toBeGreaterThan(3);
  });

  it('counts the lines it cannot show instead of failing the message', () => {
    const ticket = {
      ...bigTicket(),
      recipients: Array.from({ length: 200 }, (_, i) => ({
        line: i + 1,
        recipient: `Recipient ${i + 1}`,
        role: 'processor',
        outcome: 'notified',
        note: 'x'.repeat(900),
      })),
    } as TicketView;
    const message = renderReply({ kind: 'ticket', ticket });
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const [text, limit] of textsOf(message.blocks)) expect(text.length).toBeLessThanOrEqual(limit);
    expect(JSON.stringify(message.blocks)).toMatch(/… \d+ more lines not shown/);
  });

  it('keeps the channel message, the fallback text and the reason modal within their limits', () => {
    const channel = channelTicketMessage(bigTicket());
    for (const [text, limit] of textsOf(channel.blocks)) expect(text.length).toBeLessThanOrEqual(limit);
    expect(channel.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    const modal = reasonModal(REJECT_MODAL, { reference: 'RD-123456789', version: 1, channel: null });
    expect(modal.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
    expect(modal.title.text).toBe('Reject RD-123456789');
  });
});

describe('a letter preview in Slack', () => {
  it('shows a letter longer than one section in several sections within the limits, losing no line', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `Line ${i} of the letter, with its article cited.`);
    const message = renderReply({
      kind: 'letter_preview',
      reference: 'RD-7',
      decision: 'reject',
      letter: 'outcome_rejected',
      jurisdiction: 'us-ca',
      language: 'en',
      masked: true,
      subject: 'Your request [RD-7]',
      text: lines.join('\n'),
    });
    expect(message.text).toContain('Preview, not sent');
    const sections = message.blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(sections.length).toBeGreaterThan(3);
    const shown = sections.join('\n');
    for (const line of lines) expect(shown).toContain(line);
  });
});
