/** Every `rightsdesk` sub-command, in the order `rightsdesk help` lists them. */
import type { CliCommand } from './command.js';

export const commands: readonly CliCommand[] = [];
