/** One human line per intake outcome, for the command line and the demo. No personal data. */
import type { IntakeOutcome } from '../app/intake/intake-outcome.js';

export function describeOutcome(outcome: IntakeOutcome): string {
  switch (outcome.kind) {
    case 'ticket': {
      const c = outcome.classification;
      const triage = outcome.needsTriage ? ', needs triage' : '';
      const flags = outcome.flags.length ? ` (flags: ${outcome.flags.join(', ')})` : '';
      const linked = outcome.linkedTicketReferences?.length
        ? `; linked ${outcome.linkedTicketReferences.join(', ')} (a right on its own clock)`
        : '';
      return `new ticket ${outcome.ticketReference}: ${c.types.join('+')} [${c.language}, confidence ${c.confidence.toFixed(2)}${triage}]${flags}${linked}`;
    }
    case 'reply':
      return `reply on ${outcome.ticketReference} (matched by ${outcome.via})`;
    case 'automatic':
      return `automatic mail, ${outcome.automaticKind.replace('_', ' ')}: ${outcome.reason}${outcome.ticketReference ? `, attached to ${outcome.ticketReference}` : ''}`;
    case 'duplicate':
      return `duplicate of message #${outcome.duplicateOf} (recorded, not a new ticket)`;
    case 'skipped':
      return `skipped: ${outcome.reason}`;
    case 'quarantined':
      return `QUARANTINED: ${outcome.error} (see rightsdesk quarantine list)`;
  }
}
