/**
 * Who a request is for, read from its wording: sent by someone acting for the data subject (a lawyer, an
 * authorised agent, a parent, an heir), and whether it concerns a minor. Such tickets must take the
 * agent-authorisation path of identity verification (GDPR Art. 8 and 12(6); CCPA 11 CCR §7063).
 * Also whether it complains to an authority or comes from one (`complaint-flags.ts`).
 * The wording lists are in `flags/`, by meaning and language.
 */
import type { ParsedEmail } from '../email/parsed-email.js';
import { cleanBody } from './clean-body.js';
import { fromRegulator, mentionsComplaint } from './complaint-flags.js';
import { AGENT_EUROPE } from './flags/agent-europe.js';
import { AGENT_WORLD } from './flags/agent-world.js';
import {
  CHILD_OF_WRITER,
  DEATH_WORD,
  DECEASED_RELATIVE,
  PARENT_ROLE,
  RELATIVE,
  RELATIVE_FOR,
} from './flags/family-wording.js';
import { AGE_SAID, CHILD_THEN_AGE, MINOR_WORD } from './flags/minor-wording.js';
import { DENIED_AGENCY } from './flags/not-agency.js';
import { wordingPattern } from './flags/wording.js';

export type RequestFlag = 'agent' | 'child' | 'complaint' | 'regulator';

// One pattern per entry: an alternation of entries that each open on a lookbehind is tried entry by entry at
// every position of the text, far more slowly (127 µs a mail for the European list) than the entries in turn.
const AGENT = [...AGENT_EUROPE, ...AGENT_WORLD, ...DECEASED_RELATIVE, ...RELATIVE_FOR].map((entry) =>
  wordingPattern([entry]),
);
const NOT_AGENCY = wordingPattern(DENIED_AGENCY);
const CHILD_OF = wordingPattern(CHILD_OF_WRITER);
const CHILD_AGED = wordingPattern([`(?:${CHILD_OF_WRITER.join('|')})${CHILD_THEN_AGE}`]);
const PARENT = wordingPattern(PARENT_ROLE);
const DEATH = wordingPattern(DEATH_WORD);
const RELATIVE_OF_WRITER = wordingPattern(RELATIVE);
// "I'm 15", "i am 14": the writer's own age, for a minor writing alone.
const OWN_AGE =
  /\b(?:i['’]m|i am) (?:[5-9]|1[0-7])\b(?![.,]?\d| ?(?:%|days|weeks|months|minutes|hours|euros?|dollars))|\bim (?:[5-9]|1[0-7])(?=,| and\b| years\b| yo\b)/i;
const MINOR = wordingPattern([...AGE_SAID, ...MINOR_WORD]);

export function requestFlagsOf(email: Pick<ParsedEmail, 'subject' | 'text'>): RequestFlag[] {
  const text = `${email.subject}\n${cleanBody(email.text)}`;
  const childOf = CHILD_OF.test(text);
  const minor = MINOR.test(text) || OWN_AGE.test(text) || (childOf && CHILD_AGED.test(text));
  const parent = childOf && (minor || PARENT.test(text));
  const bereaved = DEATH.test(text) && RELATIVE_OF_WRITER.test(text);
  const flags: RequestFlag[] = [];
  if (!NOT_AGENCY.test(text) && (AGENT.some((pattern) => pattern.test(text)) || parent || bereaved))
    flags.push('agent');
  if (minor) flags.push('child');
  const regulator = fromRegulator(text);
  if (mentionsComplaint(text, regulator)) flags.push('complaint');
  if (regulator) flags.push('regulator');
  return flags;
}
export type TicketRequestFlag =
  'authorised_agent' | 'on_behalf_of_child' | 'concerns_minor' | 'complaint' | 'regulator_claimed';

/**
 * The ticket flags intake sets from the wording; the first two send verification down the agent path.
 * `regulator_claimed`: the mail says it is from a supervisory authority, which staff check before answering.
 */
export function ticketFlagsFor(email: Pick<ParsedEmail, 'subject' | 'text'>): TicketRequestFlag[] {
  const flags = requestFlagsOf(email);
  const agent = flags.includes('agent');
  const child = flags.includes('child');
  return [
    ...(agent ? (['authorised_agent'] as const) : []),
    ...(agent && child ? (['on_behalf_of_child'] as const) : []),
    ...(child && !agent ? (['concerns_minor'] as const) : []),
    ...(flags.includes('complaint') ? (['complaint'] as const) : []),
    ...(flags.includes('regulator') ? (['regulator_claimed'] as const) : []),
  ];
}
