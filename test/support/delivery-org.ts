// An organisation for the export-delivery tests: it sends through the test SMTP server, attaches exports
// of up to 1 KiB as they are, zips larger ones (up to 4 KiB) with AES-256, and keeps them 30 days.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './test-app.js';

export const DELIVERY = { attachmentMaxBytes: 1024, maxExportBytes: 4096, keepDays: 30 } as const;

export function deliveryOrganisations(port: number, chat = ''): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-delivery-orgs-'));
  writeFileSync(
    join(dir, 'testorg.yaml'),
    `id: testorg
name: Test Org
domain: zmapi.example
defaultLanguage: en
addresses: [privacy@zmapi.example]
jurisdictions: [eu-gdpr]
rights: [access, erasure, portability]
minimumAge: 16
sellsPersonalData: false
mailboxes:
  - { id: testorg-inbox, address: privacy@zmapi.example }
outbound:
  smtp: { host: 127.0.0.1, port: ${port}, secure: false }
delivery:
  attachmentMaxBytes: ${DELIVERY.attachmentMaxBytes}
  maxExportBytes: ${DELIVERY.maxExportBytes}
  keepDays: ${DELIVERY.keepDays}
${chat}`,
  );
  return {
    RIGHTSDESK_ORGANISATIONS_DIR: dir,
    OUTBOX_RETRY_BASE_MS: '50',
    OUTBOX_RETRY_MAX_SECONDS: '1',
    OUTBOX_POLL_SECONDS: '1',
  };
}

/** A requester's access request, as a real .eml with its own Message-ID and sender. */
export function accessRequest(id: string, from = `${id}@example.com`): string {
  return readFileSync(join(repoRoot, 'test/fixtures/delivery/access-request.eml.tpl'), 'utf8')
    .replaceAll('{{ID}}', id)
    .replaceAll('{{FROM}}', from)
    .replace(/\r?\n/g, '\r\n');
}
