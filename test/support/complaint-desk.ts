// Shared set-up of the UK complaint desk tests: organisation files on the in-process SMTP server, the
// requester's mail that threatens a complaint, and desk commands run at a test clock.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import { type DeskDeps, executeDeskCommand } from '../../src/app/desk/execute-desk-command.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';

export interface ComplaintOrganisation {
  readonly id: string;
  readonly law: string;
  /** The file's `complaints:` block, if any. */
  readonly complaints?: string;
  /** The file's `chat:` block, if any. */
  readonly chat?: string;
}

/**
 * A folder of organisation files, each in London time, sending through the SMTP server on `port` (none where
 * `port` is null: letters then wait in the outbox).
 */
export function complaintOrganisations(
  port: number | null,
  organisations: readonly ComplaintOrganisation[],
  options: { readonly authservId?: string } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-complaint-orgs-'));
  const verification = options.authservId ? `verification:\n  authservId: ${options.authservId}\n` : '';
  const outbound =
    port === null ? '' : `outbound:\n  smtp: { host: 127.0.0.1, port: ${port}, secure: false }\n`;
  for (const { id, law, complaints = '', chat = '' } of organisations)
    writeFileSync(
      join(dir, `${id}.yaml`),
      `id: ${id}
name: ${id}
domain: ${id}.example
defaultLanguage: en
timezone: Europe/London
addresses: [privacy@${id}.example]
jurisdictions: [${law}]
rights: [access, erasure]
minimumAge: 16
sellsPersonalData: false
mailboxes:
  - { id: ${id}-inbox, address: privacy@${id}.example }
${outbound}${verification}${complaints}${chat}`,
    );
  return dir;
}

/** An access request of 1 July 2026 that threatens a complaint to `authority`, with optional extra headers. */
export function complaintMail(
  org: string,
  id: string,
  authority: string,
  headers: readonly string[] = [],
): string {
  return [
    'From: Owen Price <owen.price@example.net>',
    `To: privacy@${org}.example`,
    'Subject: Subject access request',
    'Date: Wed, 01 Jul 2026 09:00:00 +0000',
    `Message-ID: <${id}@example.net>`,
    ...headers,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Please send me a copy of my personal data. I asked in May and heard nothing; if I do not receive it within a month I will lodge a complaint with the ${authority}.`,
    '',
  ].join('\r\n');
}

/** Runs desk commands as the console would, with the desk and its letters on the test clock `now`. */
export function deskAt(app: () => App, now: () => Date) {
  const deps = (): DeskDeps => ({
    ...app().tickets.desk,
    now,
    // A letter is queued on the desk's day: its day is the day the complaint was acknowledged.
    mail: { ...app().tickets.desk.mail!, now },
  });
  return (text: string, actor: DeskActor) => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
    return executeDeskCommand(deps(), actor, parsed.command);
  };
}
