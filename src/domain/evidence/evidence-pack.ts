/**
 * The evidence pack of one ticket: a Markdown file a regulator can read (GDPR Art. 5(2) accountability:
 * the controller must be able to demonstrate compliance), ending in a fenced JSON manifest of the audit
 * events' `seq` and hash so `rightsdesk evidence verify` can prove none was edited since. Markdown and not
 * JSON: the reader is a person; the manifest is the one part a machine needs. Requesters' names and
 * addresses are masked unless the caller reveals them (and audits the reveal).
 */
import type { ChainedAuditEvent } from '../audit/hash-chain.js';
import { maskAddress, maskAddressesIn, maskName } from '../redaction.js';

export const EVIDENCE_FORMAT = 'rightsdesk-evidence/1';

export interface EvidenceLetter {
  readonly template: string;
  readonly messageId: string;
  readonly toAddress: string;
  readonly status: string;
  readonly statusReason: string | null;
  readonly queuedAt: string;
  readonly sentAt: string | null;
}

export interface EvidenceRecipient {
  readonly position: number;
  readonly recipient: string;
  readonly role: string;
  readonly outcome: string;
  readonly note: string | null;
}

/** A fulfilment task (issue 15): one data system's part of the request, who settled it and when. */
export interface EvidenceTask {
  readonly system: string;
  readonly systemName: string;
  readonly right: string;
  readonly action: string;
  readonly status: string;
  readonly note: string | null;
  readonly actor: string | null;
  readonly openedAt: string;
  readonly settledAt: string | null;
}

/** One step of identity verification (GDPR Art. 12(6)): a code sent, a reply checked, a staff decision. */
export interface EvidenceVerification {
  readonly at: string;
  readonly kind: string;
  readonly outcome: string;
  readonly method: string | null;
  readonly actor: string;
}

export interface EvidencePause {
  readonly from: string;
  readonly to: string;
  readonly reason: string | null;
  readonly days: number;
}

export interface EvidenceInput {
  readonly reference: string;
  readonly organisationId: string;
  readonly status: string;
  readonly jurisdiction: string;
  readonly types: readonly string[];
  readonly requester: { readonly address: string; readonly name: string };
  readonly receivedAt: string;
  readonly verifiedAt: string | null;
  readonly closedAt: string | null;
  /** Null when the deadline cannot be computed (e.g. an unknown holiday region): said so in the pack. */
  readonly deadline: {
    readonly explanation: string;
    readonly due: string;
    readonly extendedDue: string | null;
    readonly pauses: readonly EvidencePause[];
  } | null;
  readonly verifications: readonly EvidenceVerification[];
  readonly letters: readonly EvidenceLetter[];
  readonly recipients: readonly EvidenceRecipient[];
  readonly tasks: readonly EvidenceTask[];
  /** This ticket's audit events, in `seq` order. */
  readonly events: readonly ChainedAuditEvent[];
  readonly generatedAt: string;
  readonly reveal: boolean;
}

/** A table cell: pipes and line breaks would break the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * Text a person chose (the requester's display name and address, their mail server's refusal, and what
 * staff typed: notes, reasons, replies in the audit payloads, recipients, actors) shown literally by a
 * Markdown viewer: a name `![x](https://tracker.example/p.png)` or `<img src=…>` would
 * load an image when the authority opens the pack, `[Log in](https://…)` or a bare URL be a link.
 */
const literal = (text: string) =>
  cell(
    text
      .replace(/[\\`*_[\]()<>!~&#]/g, '\\$&')
      .replace(/:\/\//g, ':\\/\\/')
      .replace(/(www)\./gi, '$1\\.'),
  );

/** Masked text: the requester's characters literal, the mask's `***` as we wrote it. */
const maskedLiteral = (masked: string) => masked.split('***').map(literal).join('***');

const addressText = (address: string, reveal: boolean) =>
  reveal ? literal(address) : maskedLiteral(maskAddress(address));

/** Free text (a refusal, a note, an audit payload): addresses in it masked unless revealed, then literal. */
const freeText = (text: string, reveal: boolean) =>
  reveal ? literal(text) : maskedLiteral(maskAddressesIn(text));

export function buildEvidencePack(input: EvidenceInput): string {
  const { reveal } = input;
  const address = addressText(input.requester.address, reveal);
  const name = literal(reveal ? input.requester.name : maskName(input.requester.name));
  const lines = [
    `# Evidence pack ${input.reference}`,
    '',
    `Generated ${input.generatedAt} by Rightsdesk. Requester details are ${reveal ? 'shown in full' : 'masked'}.`,
    '',
    '## Request',
    '',
    `- Organisation: ${input.organisationId}`,
    `- Requester: ${name} <${address}>`,
    `- Request types: ${input.types.join(', ') || 'none'}`,
    `- Law: ${input.jurisdiction}`,
    `- Status: ${input.status}`,
    `- Received: ${input.receivedAt}`,
    `- Verified: ${input.verifiedAt ?? 'not verified'}`,
    `- Closed: ${input.closedAt ?? 'open'}`,
    '',
    '## Deadline',
    '',
    ...deadlineLines(input.deadline, reveal),
    '',
    '## Identity verification',
    '',
    ...verificationLines(input.verifications),
    '',
    '## Timeline (audit trail)',
    '',
    '| Seq | At (UTC) | Event | Actor | Details |',
    '| --- | --- | --- | --- | --- |',
    ...input.events.map(
      (e) =>
        `| ${e.seq} | ${e.at} | ${e.type} | ${literal(e.actor)} | ${freeText(JSON.stringify(e.payload), reveal)} |`,
    ),
    '',
    '## Letters sent to the requester',
    '',
    ...lettersLines(input.letters, reveal),
    '',
    '## Work in each data system',
    '',
    ...taskLines(input.tasks, reveal),
    '',
    '## Recipients informed (GDPR Art. 19)',
    '',
    ...recipientLines(input.recipients, reveal),
    '',
    '## Audit-chain hashes',
    '',
    'Each event above is stored in a SHA-256 hash chain; editing, deleting or reordering any event breaks',
    '`rightsdesk evidence verify FILE`, which checks these hashes and the chain up to them against the database.',
    '',
    '```json',
    JSON.stringify({
      format: EVIDENCE_FORMAT,
      reference: input.reference,
      events: input.events.map((e) => ({ seq: e.seq, type: e.type, hash: e.hash })),
    }),
    '```',
    '',
  ];
  return lines.join('\n');
}

function deadlineLines(deadline: EvidenceInput['deadline'], reveal: boolean): string[] {
  if (!deadline) return ['The deadline could not be computed for this ticket.'];
  const lines = [
    `- Due: ${deadline.due}${deadline.extendedDue ? `, extended to ${deadline.extendedDue}` : ''}`,
    `- How it was computed: ${deadline.explanation}`,
  ];
  if (deadline.pauses.length === 0) return [...lines, '- Pauses: none'];
  return [
    ...lines,
    '- Pauses counted:',
    ...deadline.pauses.map(
      (p) =>
        `  - ${p.from} to ${p.to}: ${p.days} day${p.days === 1 ? '' : 's'}${p.reason ? ` (${freeText(p.reason, reveal)})` : ''}`,
    ),
  ];
}

function verificationLines(steps: readonly EvidenceVerification[]): string[] {
  if (steps.length === 0) return ['No verification steps were recorded.'];
  return [
    '| At (UTC) | Step | Outcome | Method | Actor |',
    '| --- | --- | --- | --- | --- |',
    ...steps.map((v) => `| ${v.at} | ${v.kind} | ${v.outcome} | ${v.method ?? ''} | ${literal(v.actor)} |`),
  ];
}

function lettersLines(letters: readonly EvidenceLetter[], reveal: boolean): string[] {
  if (letters.length === 0) return ['No letters.'];
  return [
    '| Letter | Message-ID | To | Status | Queued (UTC) | Sent (UTC) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...letters.map((l) => {
      const to = addressText(l.toAddress, reveal);
      const reason = l.statusReason ? ` (${freeText(l.statusReason, reveal)})` : '';
      return `| ${l.template} | ${cell(l.messageId)} | ${to} | ${cell(l.status)}${reason} | ${l.queuedAt} | ${l.sentAt ?? ''} |`;
    }),
  ];
}

function recipientLines(recipients: readonly EvidenceRecipient[], reveal: boolean): string[] {
  if (recipients.length === 0) return ['No downstream recipients were listed.'];
  const text = (s: string) => freeText(s, reveal);
  return [
    '| # | Recipient | Role | Outcome | Note |',
    '| --- | --- | --- | --- | --- |',
    ...recipients.map(
      (r) =>
        `| ${r.position} | ${text(r.recipient)} | ${text(r.role)} | ${r.outcome} | ${text(r.note ?? '')} |`,
    ),
  ];
}

function taskLines(tasks: readonly EvidenceTask[], reveal: boolean): string[] {
  if (tasks.length === 0) return ['No fulfilment tasks were opened.'];
  const text = (s: string) => freeText(s, reveal);
  return [
    '| System | Right | Action | Outcome | Note | By | Opened (UTC) | Settled (UTC) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...tasks.map(
      (t) =>
        `| ${cell(`${t.systemName} (${t.system})`)} | ${t.right} | ${t.action} | ${t.status} | ${text(t.note ?? '')} | ${literal(t.actor ?? '')} | ${t.openedAt} | ${t.settledAt ?? ''} |`,
    ),
  ];
}
