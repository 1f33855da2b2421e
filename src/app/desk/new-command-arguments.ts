/**
 * The fields of `new` (a request taken by phone, post or in person) as typed arguments, written back as
 * keyed words, so several may hold spaces (a name, a postal address, notes).
 */
import { INTAKE_CHANNELS } from '../../domain/desk/manual-request.js';
import { choices, type CommandArgument } from './argument-kinds.js';

export const NEW_ARGUMENTS: readonly CommandArgument[] = [
  {
    name: 'org',
    kind: 'word',
    required: true,
    keyed: true,
    description: 'the organisation id, e.g. importly',
  },
  {
    name: 'types',
    kind: 'word',
    required: true,
    keyed: true,
    description: 'the rights asked, e.g. access,erasure',
  },
  {
    name: 'channel',
    kind: 'choice',
    required: true,
    keyed: true,
    description: 'how the request arrived',
    choices: choices(INTAKE_CHANNELS),
  },
  {
    name: 'received',
    kind: 'word',
    required: true,
    keyed: true,
    description: 'the day it arrived, YYYY-MM-DD (the clock runs from it)',
  },
  { name: 'name', kind: 'text', required: true, keyed: true, description: "the requester's name" },
  {
    name: 'email',
    kind: 'word',
    required: false,
    keyed: true,
    description: 'their email address (email or postal address)',
  },
  {
    name: 'postal',
    kind: 'text',
    required: false,
    keyed: true,
    description: 'their postal address (letters then go by post)',
  },
  // A word, not a list: Discord counts every choice of /rights against one budget, and the grammar checks it.
  {
    name: 'law',
    kind: 'word',
    required: false,
    keyed: true,
    description: 'e.g. uk-gdpr; else chosen as for an email',
  },
  { name: 'language', kind: 'word', required: false, keyed: true, description: 'two letters, e.g. de' },
  {
    name: 'notes',
    kind: 'text',
    required: false,
    keyed: true,
    description: 'what the requester asked, in your words',
  },
];
