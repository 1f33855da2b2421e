/**
 * `rightsdesk audit verify`: walks the audit hash chain from the first event and reports the first
 * broken link (exit 1), or that the chain is intact, with how fast it was read.
 */
import { verifyAuditTrail } from '../../app/audit/verify-audit-trail.js';
import { compose } from '../../composition-root.js';
import { type CliCommand, UsageError } from '../command.js';

export const auditCommand: CliCommand = {
  name: 'audit',
  usage: 'rightsdesk audit verify',
  summary: 'verify the tamper-evident audit chain and report the first broken link',
  async run(argv, io) {
    if (argv[0] !== 'verify' || argv.length > 1) throw new UsageError('expected "verify"');
    const app = await compose(io.env);
    try {
      const started = performance.now();
      const result = await verifyAuditTrail(app.tickets.auditTrail);
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(result.count / seconds) : result.count;
      if (result.ok) {
        io.stdout.write(
          `audit chain intact: ${result.count} events, head seq ${result.head?.seq ?? 0} (${seconds.toFixed(2)} s, ${rate} events/s)\n`,
        );
        return 0;
      }
      const b = result.break;
      io.stdout.write(
        `audit chain BROKEN at seq ${b.seq} (${b.code}): expected ${b.expected}, found ${b.actual}; ${result.count} events before it are intact\n`,
      );
      return 1;
    } finally {
      await app.close();
    }
  },
};
