/**
 * `rightsdesk console`: the console chat adapter. Runs `/rights` desk commands as a local staff member,
 * once (`rightsdesk console --as alice --role approver "approve RD-1001"`) or interactively, with the
 * same grammar, roles and replies as Slack and Discord.
 */
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { renderReply } from '../../adapters/console/render-reply.js';
import { errorReply } from '../../app/desk/replies.js';
import type { DeskActor } from '../../app/desk/desk-reply.js';
import { compose } from '../../composition-root.js';
import { parseDeskCommand } from '../../domain/desk/parse-desk-command.js';
import { STAFF_ROLES } from '../../domain/tickets/vocabulary.js';
import { type CliCommand, UsageError } from '../command.js';

const Options = z.object({
  as: z.string().regex(/^[a-z0-9._-]{1,40}$/i, '--as: a user name such as alice'),
  role: z.enum(STAFF_ROLES, { error: `--role: one of ${STAFF_ROLES.join(', ')}` }),
});

export function parseActorOptions(argv: readonly string[]): { actor: DeskActor; rest: string[] } {
  const values: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--as' || arg === '--role') values[arg.slice(2)] = argv[++i] ?? '';
    else rest.push(arg);
  }
  const parsed = Options.safeParse({ as: values.as ?? 'console', role: values.role ?? 'viewer' });
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'bad option');
  return { actor: { id: `console:${parsed.data.as}`, role: parsed.data.role }, rest };
}

export const consoleCommand: CliCommand = {
  name: 'console',
  usage: 'rightsdesk console [--as NAME] [--role viewer|agent|approver|admin] ["/rights command"]',
  summary: 'run desk commands (list, show, approve, …) as a local staff member',
  async run(argv, io) {
    const { actor, rest } = parseActorOptions(argv);
    const app = await compose(io.env);
    const once = async (text: string): Promise<boolean> => {
      const parsed = parseDeskCommand(text.replace(/^\/rights\s*/, ''));
      const reply = parsed.ok ? await app.tickets.execute(actor, parsed.command) : errorReply(parsed.error);
      io.stdout.write(`${renderReply(reply)}\n`);
      return reply.kind !== 'error';
    };
    try {
      if (rest.length > 0) return (await once(rest.join(' '))) ? 0 : 1;
      const lines = createInterface({
        input: process.stdin,
        output: io.stdout,
        terminal: process.stdin.isTTY,
      });
      io.stdout.write(
        `rightsdesk console as ${actor.id} (${actor.role}); "help" lists commands, Ctrl-D quits\n`,
      );
      lines.setPrompt('rights> ');
      lines.prompt();
      for await (const line of lines) {
        if (line.trim() !== '') await once(line);
        lines.prompt();
      }
      return 0;
    } finally {
      await app.close();
    }
  },
};
