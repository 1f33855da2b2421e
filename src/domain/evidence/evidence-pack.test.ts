import { describe, expect, it } from 'vitest';
import { appendToChain } from '../audit/hash-chain.js';
import { createEvidenceChecker, parseEvidenceManifest } from './check-pack.js';
import { buildEvidencePack, type EvidenceInput } from './evidence-pack.js';

const chain = appendToChain(
  null,
  ['ticket.ingested', 'desk.refused', 'ticket.transitioned', 'ticket.note_added'].map((type, i) => ({
    actor: 'console:alice',
    at: `2026-03-0${i + 1}T10:00:00.000Z`,
    type,
    ticketId: type === 'desk.refused' ? 'RD-2' : 'RD-1',
    payload: { note: 'wrote to jane.roe@example.com' },
  })),
);
const own = chain.filter((e) => e.ticketId === 'RD-1');

const input: EvidenceInput = {
  reference: 'RD-1',
  organisationId: 'importly',
  status: 'fulfilled',
  jurisdiction: 'eu-gdpr',
  types: ['access'],
  requester: { address: 'jane.roe@example.com', name: 'Jane Roe' },
  receivedAt: '2026-03-01T10:00:00.000Z',
  verifiedAt: '2026-03-02T10:00:00.000Z',
  closedAt: null,
  deadline: {
    explanation: 'due 1 Apr: GDPR one month from 1 Mar; paused 2 days awaiting ID',
    due: '2026-04-01',
    extendedDue: null,
    pauses: [{ from: '2026-03-02', to: '2026-03-04', reason: 'identity', days: 2 }],
  },
  verifications: [],
  letters: [
    {
      template: 'acknowledgement',
      messageId: '<rd.1@importly.example>',
      toAddress: 'jane.roe@example.com',
      status: 'failed',
      statusReason: '550 jane.roe@example.com unknown',
      queuedAt: '2026-03-01T10:00:00.000Z',
      sentAt: null,
    },
  ],
  recipients: [
    { position: 1, recipient: 'Billing | Stripe', role: 'processor', outcome: 'notified', note: null },
  ],
  tasks: [
    {
      system: 'billing',
      systemName: 'Billing records',
      right: 'access',
      action: 'export',
      status: 'done',
      note: 'sent to jane.roe@example.com by SFTP',
      actor: 'console:alice',
      openedAt: '2026-03-03T10:00:00.000Z',
      settledAt: '2026-03-04T10:00:00.000Z',
    },
  ],
  events: own,
  generatedAt: '2026-04-02T00:00:00.000Z',
  reveal: false,
};

const checked = (text: string, events = chain) => {
  const manifest = parseEvidenceManifest(text);
  if (!manifest) throw new Error('no manifest');
  const checker = createEvidenceChecker(manifest);
  for (const event of events) if (!checker.push(event)) break;
  return checker.result();
};

describe('the evidence pack', () => {
  it('masks the requester everywhere unless revealed', () => {
    const masked = buildEvidencePack(input);
    expect(masked).not.toContain('jane.roe@example.com');
    expect(masked).not.toContain('Jane Roe');
    expect(masked).toContain('J. R. <j***@example.com>');
    expect(buildEvidencePack({ ...input, reveal: true })).toContain('Jane Roe <jane.roe@example.com>');
  });

  it('states the deadline with its pauses, each letter with its Message-ID and escapes table cells', () => {
    const text = buildEvidencePack(input);
    expect(text).toContain(
      '- How it was computed: due 1 Apr: GDPR one month from 1 Mar; paused 2 days awaiting ID',
    );
    expect(text).toContain('  - 2026-03-02 to 2026-03-04: 2 days (identity)');
    expect(text).toContain(
      '| acknowledgement | <rd.1@importly.example> | j***@example.com | failed (550 j***@example.com unknown) |',
    );
    expect(text).toContain('| 1 | Billing \\| Stripe | processor | notified |  |');
  });

  it('lists each data system task with who settled it and when, notes masked unless revealed', () => {
    expect(buildEvidencePack(input)).toContain(
      '| Billing records (billing) | access | export | done | sent to j***@example.com by SFTP | console:alice | 2026-03-03T10:00:00.000Z | 2026-03-04T10:00:00.000Z |',
    );
    expect(buildEvidencePack({ ...input, reveal: true })).toContain('sent to jane.roe@example.com by SFTP');
    expect(buildEvidencePack({ ...input, tasks: [] })).toContain('No fulfilment tasks were opened.');
  });

  it('verifies against the chain it was written from, listing only the ticket events', () => {
    const text = buildEvidencePack(input);
    expect(parseEvidenceManifest(text)?.events.map((e) => e.seq)).toEqual([1, 3, 4]);
    expect(checked(text)).toBeNull();
  });

  it('names a listed event whose content was edited', () => {
    const edited = chain.map((e) => (e.seq === 3 ? { ...e, actor: 'console:mallory' } : e));
    expect(checked(buildEvidencePack(input), edited)).toEqual({
      code: 'event_edited',
      seq: 3,
      type: 'ticket.transitioned',
    });
  });

  it('names a listed event stored with another hash, and one that is gone', () => {
    const rehashed = chain.map((e) => (e.seq === 1 ? { ...e, hash: 'f'.repeat(64) } : e));
    expect(checked(buildEvidencePack(input), rehashed)).toMatchObject({ code: 'hash_differs', seq: 1 });
    expect(checked(buildEvidencePack(input), chain.slice(0, 3))).toMatchObject({
      code: 'event_missing',
      seq: 4,
    });
  });

  it('reports a break in the chain before the last listed event, even in another ticket', () => {
    const edited = chain.map((e) => (e.seq === 2 ? { ...e, type: 'desk.forged' } : e));
    expect(checked(buildEvidencePack(input), edited)).toEqual({
      code: 'chain_broken',
      seq: 2,
      reason: 'hash_mismatch',
    });
  });

  it('reads no manifest from a file without one', () => {
    expect(parseEvidenceManifest('# notes\n```json\n{"format":"other"}\n```\n')).toBeNull();
    expect(parseEvidenceManifest('plain text')).toBeNull();
  });

  it("shows the requester's name, address and mail server's refusal literally, never as Markdown", () => {
    const name =
      '![x](https://t.example/p.png) <img src=x onerror=alert(1)> [Log in](http://evil.example) www.evil.example';
    const hostile: EvidenceInput = {
      ...input,
      requester: { address: 'a_b*c@example.com', name },
      letters: [{ ...input.letters[0]!, statusReason: '550 <b>gone</b> see [here](https://evil.example)' }],
    };
    for (const reveal of [true, false]) {
      const pack = buildEvidencePack({ ...hostile, reveal });
      const requester = pack.split('\n').find((line) => line.startsWith('- Requester: '))!;
      const letter = pack.split('\n').find((line) => line.startsWith('| acknowledgement |'))!;
      for (const line of [requester, letter]) {
        expect(line).not.toMatch(/(^|[^\\])(\]\(|<(img|b)\b|!\[|https?:\/\/|www\.)/);
      }
    }
    const revealed = buildEvidencePack({ ...hostile, reveal: true });
    expect(revealed).toContain('\\!\\[x\\]\\(https:\\/\\/t.example/p.png\\)');
    expect(revealed).toContain('<a\\_b\\*c@example.com>');
    expect(buildEvidencePack(hostile)).toContain('<a***@example.com>');
  });
});

describe('what staff typed in the evidence pack', () => {
  const typed =
    '![x](https://t.example/p.png) <img src=x> [Log in](http://evil.example) *b* _i_ ~s~ www.evil.example';
  const [first] = appendToChain(null, [
    {
      actor: `console:${typed}`,
      at: '2026-03-01T10:00:00.000Z',
      type: 'ticket.note_added',
      ticketId: 'RD-1',
      payload: { note: typed, reason: typed, reply: typed },
    },
  ]);
  const hostile: EvidenceInput = {
    ...input,
    verifications: [
      { at: '2026-03-02T10:00:00.000Z', kind: 'staff', outcome: 'passed', method: 'document', actor: typed },
    ],
    recipients: [{ position: 1, recipient: typed, role: typed, outcome: 'notified', note: typed }],
    tasks: [{ ...input.tasks[0]!, note: typed, actor: typed }],
    events: [first!],
  };
  /** What a Markdown viewer would still read as markup once backslash-escaped characters are taken out. */
  const live = /[[\]()<>!*_`~]|:\/\/|www\./;
  const unescaped = (line: string) => line.replace(/\\[\s\S]/g, '·');

  it('shows notes, reasons, replies, recipients and actors as text, never as an image, link, tag or formatting', () => {
    for (const reveal of [true, false]) {
      const pack = buildEvidencePack({ ...hostile, reveal });
      const body = pack.slice(0, pack.indexOf('```json'));
      const rows = body.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
      const typedRows = rows.filter((line) => line.includes('Log in'));
      expect(typedRows.length).toBeGreaterThanOrEqual(4);
      for (const row of typedRows) {
        // The event type, the data system (configuration) and the masks' `***` are ours.
        const typedOnly = row
          .replace('ticket.note_added', '')
          .replace('Billing records (billing)', '')
          .replace(/\*\*\*/g, '');
        expect(unescaped(typedOnly), row).not.toMatch(live);
      }
    }
  });

  it('masks addresses in staff notes and audit payloads unless revealed, and keeps them readable', () => {
    const note = 'called jane.roe@example.com about [her](https://x.example) file';
    const pack = buildEvidencePack({
      ...hostile,
      recipients: [{ position: 1, recipient: 'Stripe', role: 'processor', outcome: 'notified', note }],
    });
    expect(pack).toContain('called j***@example.com about \\[her\\]\\(https:\\/\\/x.example\\) file');
    expect(buildEvidencePack({ ...hostile, reveal: true })).toContain(
      '\\!\\[x\\]\\(https:\\/\\/t.example/p.png\\)',
    );
  });
});
