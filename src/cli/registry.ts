/** Every `rightsdesk` sub-command, in the order `rightsdesk help` lists them. */
import type { CliCommand } from './command.js';
import { attachCommand } from './commands/attach.js';
import { auditCommand } from './commands/audit.js';
import { classifyCommand } from './commands/classify.js';
import { consoleCommand } from './commands/console.js';
import { deadlineCommand } from './commands/deadline.js';
import { demoCommand } from './commands/demo.js';
import { discordCommand } from './commands/discord.js';
import { doctorCommand } from './commands/doctor.js';
import { evidenceCommand } from './commands/evidence.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { letterCommand } from './commands/letter.js';
import { quarantineCommand } from './commands/quarantine.js';
import { runCommand } from './commands/run.js';
import { purgeCommand } from './commands/purge.js';
import { remindCommand } from './commands/remind.js';
import { reportCommand } from './commands/report.js';
import { statusCommand } from './commands/status.js';
import { ticketsCommand } from './commands/tickets.js';

export const commands: readonly CliCommand[] = [
  demoCommand,
  runCommand,
  ingestCommand,
  statusCommand,
  doctorCommand,
  quarantineCommand,
  ticketsCommand,
  exportCommand,
  evidenceCommand,
  attachCommand,
  consoleCommand,
  auditCommand,
  purgeCommand,
  remindCommand,
  reportCommand,
  letterCommand,
  deadlineCommand,
  classifyCommand,
  discordCommand,
];
