/**
 * Mirrors the organisations of the YAML files into the database at start (ids, names, config hash,
 * mailboxes), so that tickets and checkpoints can refer to them. Checkpoints are never reset here.
 */
import type { LoadedOrganisation } from '../../config/organisations.js';
import type { Db } from './database.js';

/** The mailbox that the folder source files an organisation's mail under. */
export function folderMailboxId(organisationId: string): string {
  return `${organisationId}-folder`;
}

export async function syncOrganisations(db: Db, loaded: readonly LoadedOrganisation[]): Promise<void> {
  for (const { organisation: org, configHash } of loaded) {
    await db.organisation.upsert({
      where: { id: org.id },
      create: { id: org.id, name: org.name, configHash },
      update: { name: org.name, configHash },
    });
    const mailboxes = [
      ...org.mailboxes.map((m) => ({ id: m.id, address: m.address, source: 'imap' })),
      { id: folderMailboxId(org.id), address: org.addresses[0]!, source: 'folder' },
    ];
    for (const mailbox of mailboxes) {
      await db.mailbox.upsert({
        where: { id: mailbox.id },
        create: { ...mailbox, organisationId: org.id },
        update: { address: mailbox.address, organisationId: org.id },
      });
    }
  }
}
