/**
 * English cues (GDPR, UK GDPR and CCPA/CPRA wording as people actually write it, typos included): the
 * rights as formal letters name them in `en-named.ts`, everyday wording in `en-everyday.ts`.
 */
import { enEveryday } from './en-everyday.js';
import { enImplicit } from './en-implicit.js';
import { enNamed } from './en-named.js';
import { enPlain } from './en-plain.js';
import { enSituational } from './en-situational.js';
import { joinCues } from './join-cues.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import type { Lexicon } from './types.js';

export const en: Lexicon = {
  language: 'en',
  cues: joinCues(
    enNamed,
    enEveryday,
    enSituational,
    enPlain,
    enImplicit,
    saleWording.en,
    restrictionPending.en,
  ),
  negation: "not|never|don't|dont|do not|doesn't|didn't|won't|no need|nor|neither",
  // An inability or a thing not received is no refusal ("I haven't received the deletion"), and a new
  // subject after "and" ends the negation ("I don't watch it any more and I'd like my details removed").
  negationExceptions:
    "\\s*(?:\\w+ )?(?:know|find|see|understand|seem|manage|figure|able|sure|hear|received?|got|gotten|obtained)\\b|[^.?!;:\\n]*? (?:and|but|so) (?:(?:i|i'd|i'm|i'll|i've|please)\\s|$)",
  erasureVerbs: 'delet\\w*|eras\\w*|remov\\w*|clos(?:e|ing)|wipe|purg\\w*|deactivat\\w*|terminat\\w*',
  keepAccount:
    "keep(?:ing)? (?:my|the) account|account (?:open|active)|(?:i'm|i am) keeping|still (?:need|use) (?:my|the|this) account|account\\b~{0,20}\\b(?:can|may) stay",
  // A policy question or a quotation, not an ask: "hypothetically, if I asked you to delete all my data",
  // "if I sign up and later decide to leave, do you actually delete everything?", 'your page says "you can
  // withdraw your consent"', "where in the dashboard do I change my email?" (a how-to question), "I was
  // going to ask you to remove my address, but ..." (an ask given up). "If I ever gave you consent, I
  // withdraw it" is an ask all the same. Also a question about requests in general ("how many access
  // requests", a press enquiry, a thesis), a client's objection to a sub-processor, news of a law's rights,
  // a name the writer will change in life ("I'm getting married and will change my surname").
  hypothetical:
    "\\bif (?:my|our) [^.?!\\n,]{0,30}\\b(?:ever|one day|someday)\\b|\\b(?:i|and) (?:will|am going to) change my (?:name|surname|last name)\\b|\\bi.ll (?:be )?chang\\w* my (?:name|surname|last name)\\b|\\bhow many\\b[^.?!\\n]{0,50}\\brequests\\b|\\b(?:press|media) (?:inquiry|enquiry|question)\\b|\\bfor (?:an?|my|our) (?:article|story|piece|thesis|dissertation|research project|study|survey)\\b|\\b(?:handling|volumes?|numbers?) of (?!(?:my|our)\\b)[^.?!\\n]{0,30}\\brequests\\b|\\bwhat(?:'s| is) (?:the|your) (?:process|procedure)\\b[^.?!\\n]{0,30}\\bfor (?:us|me|them) to\\b|\\b(?:can|could|will|would) (?:i|we)\\b[^.?!\\n]{0,60}\\b(?:myself|ourselves)\\b|\\bobject(?:ion|ions|s|ing)? to\\b[^.?!\\n]{0,30}\\bsub-?processors?\\b|\\blaws?\\b[^.?!\\n]{0,60}\\b(?:bring|giv|grant|introduc|expand)\\w*\\b[^.?!\\n]{0,40}\\brights\\b[^.?!\\n]{0,80}\\b(?:consumers|residents|people|individuals)\\b|\\bif (?:i|we) (?:ever|one day|someday|decide|were to|later)(?![^.?!\\n]*(?: i (?:hereby )?(?:withdraw|revoke|retract|object)\\b|consider (?:it|that|them|this)\\b))|\\bif (?:i|we)\\b[^.?!\\n,]{0,30}\\blater\\b|\\b(?:can|could) (?:i|we) (?:\\w+ ){1,4}later\\b|\\b(?:get|gets|be) (?:deleted|erased|removed) automatically\\b|\\bis there (?:a|an|any) (?:button|way|setting|option|endpoint|feature|place)\\b[^.?!\\n]{0,50}\\bto (?:export|download|delete|remove|change|update|edit)\\b|in the future\\b|\\bhypothetical(?:ly)?\\b|\\bif (?:i|we) (?:asked|requested|wanted|sent|submitted)\\b|\\bdo (?:you|u) (?:actually |really |also |ever )?(?:delete|erase|remove|sell|share)\\b|\\b(?:says|states|reads|mentions|promises)\\b[^.?!\\n]{0,10}[\"\u201c]|\\bquestion (?:about|regarding|on)\\b|\\b(?:how|where)\\b[^.?!\\n]{0,25}\\b(?:do|can|could|should) (?:i|we) (?:change|update|edit|delete|remove|export|download|close|cancel|turn off|disable)\\b|\\bi was (?:going|about) to\\b[^.?!\\n]{0,80}\\bbut\\b|\\b(?:originally|initially|at first),? (?:i )?(?:wanted|meant|was going)\\b[^.?!\\n]{0,80}\\bbut\\b|\\bi (?:first |initially |originally )?thought (?:i(?:'d| would)|i had to)\\b[^.?!\\n]{0,80}\\bbut\\b",
  // "I'd be grateful if you could tell me ..." is a polite ask, not an open condition.
  conditional:
    '\\b(?:if|whether) (?!(?:you|u) (?:could|would|can|will) (?:please |kindly )?(?:tell|send|provide|confirm|let|delete|remove|erase|stop|give|forward|update|correct|change|close|share|e-?mail|disclose|restrict|explain|also)\\b)(?:[^,;]* )?(?:will|would|could|might) [^,;]*$',
  // Someone else's ask reported by a business ("one of our clients asked us to delete their details"); an
  // agent's "our client asked us to request ..." still counts.
  earlier:
    '\\balready (?:asked|requested|submitted|sent)|\\b(?:customers?|clients?|users?|someone|consignees?) (?:has |have )?(?:asked|requested|told|wants?) (?:us|you|me) to\\b(?! (?:request|write|contact|exercise|submit|act|send|forward|ask|make)\\b)',
};
