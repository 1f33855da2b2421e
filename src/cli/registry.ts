/** Every `rightsdesk` sub-command, in the order `rightsdesk help` lists them. */
import type { CliCommand } from './command.js';
import { ingestCommand } from './commands/ingest.js';

export const commands: readonly CliCommand[] = [ingestCommand];
