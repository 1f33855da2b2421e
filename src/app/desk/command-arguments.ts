/**
 * The desk commands with typed arguments, for chats that ask for each argument in its own field (Discord's
 * slash-command options) instead of one line of text. The list of commands is the grammar's own (`USAGE`),
 * so a command added to the grammar appears everywhere at once: with typed arguments when it has a line
 * in ARGUMENTS below, else with one free-text field holding its arguments as typed after the name. What
 * the fields hold is put back into one line of the desk grammar, which parses and checks it as it checks
 * anything typed: the typed fields are a convenience, never a second parser.
 */
import { JURISDICTION_IDS } from '../../domain/deadlines/jurisdiction-rule.js';
import {
  LIST_FILTERS,
  MANUAL_VERIFICATION_METHODS,
  PREVIEW_DECISIONS,
  RECIPIENT_SETTLEMENTS,
  USAGE,
} from '../../domain/desk/desk-command.js';
import { keyedWord } from '../../domain/desk/keyed-words.js';
import { TASK_SETTLEMENTS } from '../../domain/fulfilment/tasks.js';
import { choices, type CommandArgument, type TypedDeskCommand } from './argument-kinds.js';
import { NEW_ARGUMENTS } from './new-command-arguments.js';

export type { ArgumentKind, CommandArgument, TypedDeskCommand } from './argument-kinds.js';

const ticket: CommandArgument = {
  name: 'ticket',
  kind: 'ticket',
  required: true,
  description: 'e.g. RD-1042',
};
const note: CommandArgument = { name: 'note', kind: 'text', required: false, description: 'for the file' };
const text = (name: string, description: string): CommandArgument => ({
  name,
  kind: 'text',
  required: true,
  description,
});
const organisation: CommandArgument = {
  name: 'org',
  kind: 'word',
  required: false,
  description: 'an organisation id (all when empty)',
};

/** Typed arguments of the grammar's commands, in the order the grammar reads them. */
const ARGUMENTS: Readonly<Record<string, readonly CommandArgument[]>> = {
  help: [],
  list: [
    {
      name: 'filter',
      kind: 'choice',
      required: false,
      description: 'which tickets (open when empty)',
      choices: choices(LIST_FILTERS),
    },
    organisation,
  ],
  show: [ticket],
  assign: [ticket, { name: 'user', kind: 'user', required: true, description: 'who takes the ticket' }],
  classify: [
    ticket,
    { name: 'types', kind: 'word', required: true, description: 'comma-separated, e.g. erasure,access' },
  ],
  verify: [
    ticket,
    {
      name: 'step',
      kind: 'choice',
      required: true,
      description: 'send a code, a new code, or confirm by hand',
      choices: choices(['send', 'resend', 'confirm']),
    },
    {
      name: 'method',
      kind: 'choice',
      required: false,
      description: 'how identity was checked (confirm)',
      choices: choices(MANUAL_VERIFICATION_METHODS),
    },
    note,
  ],
  approve: [ticket],
  reject: [
    ticket,
    { name: 'reason', kind: 'ground', required: true, description: "a lawful ground under the ticket's law" },
    note,
  ],
  extend: [ticket, text('reason', 'why more time is needed (told to the requester)')],
  jurisdiction: [
    ticket,
    {
      name: 'law',
      kind: 'choice',
      required: true,
      description: 'the law that governs the request',
      choices: choices(JURISDICTION_IDS, (id) => id),
    },
    text('reason', 'why this law applies'),
  ],
  withdraw: [ticket, note],
  fulfil: [ticket, note],
  note: [ticket, text('text', 'the note')],
  reply: [ticket, text('text', 'the message, sent to the requester as written')],
  recipient: [
    ticket,
    {
      name: 'line',
      kind: 'integer',
      min: 1,
      required: true,
      description: 'the line of the recipient checklist',
    },
    {
      name: 'outcome',
      kind: 'choice',
      required: true,
      description: 'GDPR Art. 19',
      choices: choices(RECIPIENT_SETTLEMENTS),
    },
    note,
  ],
  task: [
    ticket,
    {
      name: 'system',
      kind: 'word',
      required: false,
      description: 'a data system id, e.g. billing, or billing:erasure (empty: list the tasks)',
    },
    {
      name: 'outcome',
      kind: 'choice',
      required: false,
      description: 'what became of the task',
      choices: choices(TASK_SETTLEMENTS),
    },
    note,
  ],
  // The decision's own arguments follow it as typed: a ground for reject, a reason or a question as text.
  preview: [
    ticket,
    {
      name: 'decision',
      kind: 'choice',
      required: true,
      description: 'the decision whose letter to read (nothing is sent)',
      choices: choices(PREVIEW_DECISIONS),
    },
    {
      name: 'details',
      kind: 'text',
      required: false,
      description: 'reject: the reason (e.g. legal_exemption); extend: why; clarify: the question',
    },
  ],
  digest: [organisation],
  // Keyed words, so several fields may hold spaces (a name, a postal address, notes).
  new: NEW_ARGUMENTS,
};

/** A command the table above does not know yet: its arguments as typed, in one field. */
const asTyped = (usage: string): CommandArgument[] => [
  { name: 'arguments', kind: 'text', required: false, description: usage },
];

/** One command of the grammar, with its typed arguments, or its arguments as typed in one field. */
export function typedCommand(name: string, usage: string): TypedDeskCommand {
  return { name, usage, arguments: ARGUMENTS[name] ?? asTyped(usage) };
}

/** Every command of the grammar, with its arguments. */
export function typedDeskCommands(): TypedDeskCommand[] {
  return Object.entries(USAGE).map(([name, usage]) => typedCommand(name, usage));
}

/** The line of the desk grammar that a command's filled-in fields stand for (empty fields left out). */
export function commandLine(command: TypedDeskCommand, values: ReadonlyMap<string, string | number>): string {
  const words = command.arguments.flatMap((argument) => {
    const value = values.get(argument.name);
    // Only free text may hold spaces: elsewhere a space would shift every later argument by a word.
    const word =
      argument.kind === 'text' ? String(value ?? '').trim() : String(value ?? '').replace(/\s+/g, '');
    if (word === '') return [];
    return [argument.keyed ? keyedWord(argument.name, word) : word];
  });
  return [command.name, ...words].join(' ');
}
