// Writes an organisation folder whose one mailbox is a Dovecot test account, and the environment that
// holds its credentials, so integration tests run the production wiring against a real IMAP server.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MailAccount } from './dovecot.js';

export interface ImapOrg {
  readonly env: Record<string, string>;
  readonly mailboxId: string;
}

export function imapOrganisation(
  server: { host: string; port: number },
  account: MailAccount,
  options: {
    afterIngest?: string;
    /** The mailbox's `imap.backlog` block as YAML flow, e.g. `{ acknowledge: true }` (issue 17). */
    backlog?: string;
    /** More top-level YAML, e.g. `outbound:` or `chat:` blocks. */ extraYaml?: string;
  } = {},
): ImapOrg {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-orgs-'));
  const afterIngest = options.afterIngest ?? '{ flag: "\\\\Seen" }';
  // The corpus is addressed to the ZM API mailboxes, so the test organisation owns those addresses.
  writeFileSync(
    join(dir, 'test.yaml'),
    `id: testorg
name: Test Org
domain: zmapi.example
holidays: { country: DE }
addresses: [privacy@zmapi.example, dpo@zmapi.example]
jurisdictions: [eu-gdpr]
rights: [access, erasure]
minimumAge: 16
sellsPersonalData: false
mailboxes:
  - id: test-inbox
    address: privacy@zmapi.example
    imap:
      host: ${server.host}
      port: ${server.port}
      secure: false
      userEnv: TEST_IMAP_USER
      passwordEnv: TEST_IMAP_PASSWORD
      afterIngest: ${afterIngest}
${options.backlog ? `      backlog: ${options.backlog}\n` : ''}${options.extraYaml ?? ''}`,
  );
  return {
    mailboxId: 'test-inbox',
    env: {
      RIGHTSDESK_ORGANISATIONS_DIR: dir,
      TEST_IMAP_USER: account.user,
      TEST_IMAP_PASSWORD: account.password,
    },
  };
}
