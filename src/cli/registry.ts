/** Every `rightsdesk` sub-command, in the order `rightsdesk help` lists them. */
import type { CliCommand } from './command.js';
import { classifyCommand } from './commands/classify.js';
import { deadlineCommand } from './commands/deadline.js';
import { demoCommand } from './commands/demo.js';
import { ingestCommand } from './commands/ingest.js';
import { quarantineCommand } from './commands/quarantine.js';
import { runCommand } from './commands/run.js';
import { statusCommand } from './commands/status.js';

export const commands: readonly CliCommand[] = [
  demoCommand,
  runCommand,
  ingestCommand,
  statusCommand,
  quarantineCommand,
  deadlineCommand,
  classifyCommand,
];
