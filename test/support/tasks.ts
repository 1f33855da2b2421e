// Marks every fulfilment task of a ticket done through the desk grammar, for suites whose subject is
// what comes after the data systems' work (letters, recipients, exports): `fulfil` waits for the tasks.
import type { DeskReply } from '../../src/app/desk/desk-reply.js';

export async function completeTasks(
  run: (text: string) => Promise<DeskReply>,
  reference: string,
): Promise<void> {
  const listed = await run(`task ${reference}`);
  if (listed.kind !== 'ticket') return;
  for (const system of new Set(listed.ticket.tasks?.map((t) => t.system)))
    await run(`task ${reference} ${system} done`);
}
