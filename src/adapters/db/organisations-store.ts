/**
 * Mirrors the organisations of the YAML files into the database at start (ids, names, config hash,
 * mailboxes), so that tickets and checkpoints can refer to them. Checkpoints are never reset here, nor
 * the moment a mailbox was first seen (its `addedAt`).
 */
import type { LoadedOrganisation } from '../../config/organisations.js';
import type { Db } from './database.js';

/** The mailbox that the folder source files an organisation's mail under. */
export function folderMailboxId(organisationId: string): string {
  return `${organisationId}-folder`;
}

export async function syncOrganisations(
  db: Db,
  loaded: readonly LoadedOrganisation[],
  now: Date = new Date(),
): Promise<void> {
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
        // The moment mail starts to count as new (issue 17); set once, never moved by a later start.
        create: { ...mailbox, organisationId: org.id, addedAt: now },
        update: { address: mailbox.address, organisationId: org.id },
      });
    }
    // A mailbox recorded before Rightsdesk kept this moment gets it now if nothing was ever read from it
    // (it is new in all but name); one already read keeps none, so its unread mail is answered as before.
    await db.mailbox.updateMany({
      where: { id: { in: mailboxes.map((m) => m.id) }, addedAt: null, lastUid: 0 },
      data: { addedAt: now },
    });
  }
}
