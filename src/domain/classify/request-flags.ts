/**
 * Who a request is for, read from its wording: sent by someone acting for the data subject (a lawyer, an
 * authorised agent, a parent, an heir), and whether it concerns a minor. Such tickets must take the
 * agent-authorisation path of identity verification (GDPR Art. 8 and 12(6); CCPA 11 CCR §7063).
 * Also whether it complains to an authority or comes from one (`complaint-flags.ts`).
 */
import type { ParsedEmail } from '../email/parsed-email.js';
import { cleanBody } from './clean-body.js';
import { fromRegulator, mentionsComplaint } from './complaint-flags.js';

export type RequestFlag = 'agent' | 'child' | 'complaint' | 'regulator';

// Phrases of someone acting for another person, in the ten supported languages.
const AGENT = new RegExp(
  [
    'authori[sz]ed agent',
    "\\bon (?:his|her|their|the consumer'?s) behalf\\b",
    '\\bon behalf of\\b',
    '\\b(?:our|my) client\\b',
    '\\bwe act for\\b',
    'letter of authority',
    'power of attorney',
    'legal guardian',
    '\\bas (?:his|her|their) (?:mother|father|parent|guardian)\\b',
    'asked me to (?:pass|forward|send)',
    'au nom de',
    '\\b(?:mon|ma|notre) client(?:e)?\\b',
    'en ma qualité de',
    '\\bim namen\\b',
    '\\b(?:mein|meine|unser|unsere) mandant(?:in)?\\b',
    'erziehungsberechtigt',
    'vollmacht',
    'per conto d',
    'in qualità di genitore',
    '\\b(?:il mio|la mia) cliente\\b',
    'en nombre de',
    '\\bmi cliente\\b',
    'como (?:hijo|hija|padre|madre|tutor)',
    '\\bheredero',
    '\\bnamens\\b',
    'mijn cli[eë]nt',
    'em nome d',
    '\\bmeu cliente\\b',
    'w imieniu',
    'på uppdrag av',
    'på vegne af',
  ].join('|'),
  'i',
);

// A parent speaking of their child, in the supported languages.
const PARENT_OF = new RegExp(
  [
    '\\bmy (?:son|daughter|child|kid)\\b',
    '\\bmon fils\\b',
    '\\bma fille\\b',
    '\\bmein(?:es)? (?:sohn|sohnes|kind)\\b',
    '\\bmeine tochter\\b',
    '\\bmi[ao]? (?:figli[ao]|hij[ao])\\b',
    '\\bmijn (?:zoon|dochter|kind)\\b',
    '\\b(?:meu filho|minha filha)\\b',
    '\\b(?:mój syn|moja córka)\\b',
    '\\bmin (?:son|dotter|søn|datter)\\b',
  ].join('|'),
  'i',
);

// An age under 18 stated in years, or a word for "minor".
const MINOR = new RegExp(
  [
    '\\b(?:[5-9]|1[0-7])[- ]?(?:year|yr)s?[- ]old\\b',
    "\\b(?:i'?m|i am|he'?s|she'?s|he is|she is) (?:[5-9]|1[0-7])\\b",
    '\\((?:[5-9]|1[0-7])(?: (?:jahre|years|anni|años|ans|jaar|år|lat))?\\)',
    '\\b(?:[5-9]|1[0-7]) (?:jahre|anni|años|ans|jaar|år|lat)\\b',
    'minderjährig',
    'minorenne',
    'menor de edad',
    '\\bmineur',
    '\\bminderjarig',
  ].join('|'),
  'i',
);

// "This request … is not made on behalf of any client": a denial is not an agent.
const DENIED_AGENCY = /\bnot (?:made |sent |submitted )?on behalf of\b/gi;

export function requestFlagsOf(email: Pick<ParsedEmail, 'subject' | 'text'>): RequestFlag[] {
  const text = `${email.subject}\n${cleanBody(email.text)}`.replace(DENIED_AGENCY, ' ');
  const parent = PARENT_OF.test(text);
  const minor = MINOR.test(text);
  const flags: RequestFlag[] = [];
  if (AGENT.test(text) || (parent && minor)) flags.push('agent');
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
