/**
 * English cues in everyday wording: requests that describe what the writer wants instead of naming the
 * right ("what do you have on me", "that address is wrong", "take everything of mine off your system",
 * "stop using my data for your AI"), and the US state laws' own phrases (a copy "in a portable and readily
 * usable format", opting out of "profiling in furtherance of decisions"). Joined to `en.ts`.
 */
import { FIELD, WHO } from './en-words.js';
import type { Cues } from './join-cues.js';

export const enEveryday: Cues = {
  access: [
    [
      1,
      "(?:what|everything(?<!(?:delete|erase|remove|wipe|purge|destroy|scrub) everything))\\b~{0,30}\\b(?:you(?:'ve| have)? got|you know|you(?:'ve| have) (?:kept|stored|collected|gathered))\\b~{0,15}\\b(?:about|on) me\\b",
    ],
    [
      1,
      '(?:see|view|get hold of|have a look at|look at)\\b~{0,15}\\b(?:all )?(?:the )?(?:data|information|info|details|records) (?:you (?:have|hold|keep)|held) (?:about|on) me',
    ],
    // "What do you have on me", "wat info u got on me": the question is about the writer (Art. 15(1)).
    [
      1,
      "(?:what|wat|which)(?<!(?:delete|erase|remove|wipe|purge|destroy|scrub) (?:what|wat|which))\\b~{0,40}\\b(?:u|you)(?:'ve| have)?(?: (?:even|actually|really|already|still|all))? (?:got|have|hold|keep|store|know)\\b~{0,15}\\b(?:on|about|of) me\\b",
    ],
    [
      1,
      '(?:what|which) (?:\\w+ )?(?:informations?|info|data|details)\\b~{0,15}\\b(?:of|about|on) me\\b~{0,30}\\b(?:you|u)\\b',
    ],
    // "Send me what you actually have logged for my account": what is held, asked for (Art. 15(1)).
    [
      1,
      "(?:send|show|give|tell) me (?:what|everything|whatever) (?:you|u)(?:'ve| have)?(?: (?:actually|really|even|already))? (?:got|have|hold|keep|kept|stored|logged|recorded|collected|saved)\\b~{0,12}\\b(?:for|on|about|under|of) (?:me|my (?:account|name|profile|e-?mail))\\b",
    ],
    // Who received it and where it came from (Art. 15(1)(c) and (g), CCPA 1798.110).
    [
      1,
      '(?:which|what|whom|who)\\b~{0,30}\\b(?:third parties|companies|partners|vendors|organi[sz]ations|firms)\\b~{0,40}\\b(?:shared|sold|disclosed|passed|given|sent)\\b~{0,30}\\b(?:my|me)\\b',
    ],
    [
      1,
      '\\bwhere (?:did )?(?:you|u) (?:got|get|obtain(?:ed)?|found|find|bought|buy) my (?:e-?mail|address|number|phone number|details|data|information|info|name)',
    ],
    // US state laws: "confirm whether you process my personal data and give me access to it".
    [1, `confirm\\w*\\b~{0,15}\\bwhether\\b~{0,30}\\bprocess\\w*\\b~{0,10}\\b${WHO}`],
    [1, '(?:give|grant|provide) (?:me|us|him|her) access to (?:it|them|that|all of it)\\b'],
    [
      1,
      'copy of (?:the |all )?(?:logs|records|recordings|e-?mails|messages|notes|transcripts|call recordings)\\b~{0,40}\\b(?:relat\\w* to|about|concerning|linked to|for|on|of|mention\\w*) (?:me|my (?:account|ip|e-?mail|profile|name))\\b',
      'absorbable',
    ],
  ],
  rectification: [
    // "That address is wrong", "his job title is listed incorrectly": the record is wrong (Art. 16).
    [
      1,
      `${FIELD}\\b~{0,40}\\b(?:wrong|incorrect(?:ly)?|inaccurate(?:ly)?|outdated|out of date|misspel\\w*|swapped|mixed up)\\b`,
    ],
    [
      1,
      `(?:update|change|correct|fix|amend)\\b~{0,20}\\b(?:my|the|${WHO})\\b~{0,25}\\b(?:date of birth|birth ?date|birthday|job title|phone number|mobile number|company name)\\b`,
    ],
    // "Day and month swapped ... please correct it": the error and the ask in separate sentences.
    [
      0.5,
      '(?:day and month|digits) (?:were |are )?(?:swapped|mixed up|transposed)|\\bthe (?:correct|right) (?:\\w+ )?is\\b',
    ],
  ],
  erasure: [
    [
      1,
      '(?:get rid of|scrub|nuke|destroy|expunge)\\b~{0,20}\\b(?:my|all (?:of )?my|every(?:thing)?)\\b~{0,20}\\b(?:data|info|information|details|account|profile|records|trace)',
    ],
    [
      1,
      'forget (?:all )?about me\\b|forget me\\b|(?:remove|erase|delete|wipe) (?:all |every )?traces? of me',
    ],
    // "Delete my login and everything you store about me": the writer's own login, everything about them.
    [
      1,
      `(?:delet\\w*|erase|remove|close|deactivate|wipe|purge)\\b~{0,10}\\b${WHO} (?:logins?|memberships?|user ?name)\\b|(?:delet\\w*|eras\\w*|remov\\w*|wipe|get rid of)\\b~{0,40}\\beverything (?:(?:that )?you (?:store|hold|have|keep|collected)\\w* )?(?:about|on) me\\b`,
    ],
    // "Take everything of mine off your system", "remove me from your records".
    [
      1,
      '(?:remove|delete|erase|take|wipe|get|purge)\\b~{0,25}\\b(?:me|everything|all (?:of )?(?:my|mine)|my stuff)\\b~{0,20}\\b(?:off|out of|from) (?:your|all (?:of )?your|the|all) (?:\\w+ )?(?:systems?|records|files|databases?|servers?|platform|computers?|books)\\b',
    ],
    [1, '\\bout of (?:your|all (?:of )?your)\\b~{0,25}\\b(?:records|systems?|databases?|files)\\b'],
    // "I'd like it removed completely", "I want all of it wiped", "I'd now like everything deleted".
    [
      1,
      '(?:wants?|like|needs?) (?:it|them|everything|all of it|it all|all my \\w+|(?:my|his|her|their) (?:\\w+ )?(?:data|account|profile|details|information|info))(?: \\w+)? (?:deleted|removed|erased|wiped|gone)\\b',
    ],
    [
      1,
      '(?:make sure|ensure)\\b~{0,30}\\b(?:deleted|removed|erased|wiped)\\b~{0,15}\\b(?:from|off) (?:your|all your)\\b',
    ],
    [1.5, '(?:delete|close|remove|cancel) (?:my|the) acct?\\b'],
    // "Delete what the tracking collected about me", "delete my stuff".
    [
      1,
      '(?:delete|erase|remove|wipe|purge)\\w*(?: all(?: of)?)? (?:what|whatever)\\b~{0,40}\\b(?:collected|stored|gathered|recorded|saved|tracked|logged|have|hold|keep|got|built|compiled|created|inferred)\\b~{0,20}\\b(?:about|on|from|of) me\\b|(?:delete|erase|remove|wipe|nuke)\\w* (?:all (?:of )?)?my (?:stuff|things)\\b',
    ],
    [
      1,
      '(?:delete|remove|erase|wipe|get rid of)\\w*\\b~{0,5}\\b(?:my (?:old )?\\w+(?: \\w+)?|the old (?:one|\\w+)|that one|this one|the (?:other|second|first|personal|unused|duplicate) one|everything|all of it)\\b~{0,15}\\b(?:completely|altogether|entirely|for good|permanently)\\b',
    ],
  ],
  objection: [
    [
      1,
      '(?:leave|keep|take) me out of (?:your |any |all )?(?:\\w+ )?(?:research|analytics|studies|study|profiling|marketing|training|panels?|surveys?)',
    ],
    [
      1,
      "(?:don't|do not|stop|quit) (?:using|use|analy[sz]ing|processing) my (?:\\w+ )?(?:data|information|details|activity|behaviou?r)\\b~{0,15}\\b(?:for|in|to) (?:marketing|analytics|profiling|research|advertising|training|personali[sz]ation)",
    ],
    // "Stop using my data for your AI", "don't use my uploads for AI training" (Art. 21(1)).
    [
      1,
      "(?:stop|quit|cease|(?:don't|do not) (?:use|feed|train))\\b~{0,40}\\b(?:my|our|mine)\\b~{0,40}\\b(?:ai|a\\.i\\.|artificial intelligence|machine learning|llms?|models?|model training)\\b",
    ],
    [
      1,
      "(?:stop|don't|do not|no longer)\\b~{0,50}\\b(?:to profile (?:me|us)|profiling me|build(?:ing)? a profile (?:of|on|about) me)\\b",
    ],
    [2, "i(?:'d| would)?(?: also)? (?:like|want|wish) to object\\b"],
    // US state laws: the opt-out of "profiling in furtherance of decisions that produce legal ... effects".
    [1.5, 'profiling in furtherance of'],
    // Stop the mail: "stop emailing me", "take me off whatever list this is", "I want out of your lists".
    [
      1,
      '\\bstop (?:e-?mailing|mailing|spamming|texting|messaging|contacting|sending)\\b(?!(?: me| us)? (?:the |my )?(?:invoices?|receipts?|password|reset|order|shipping|security))',
      'absorbable',
    ],
    [
      1,
      '(?:remove|take|get) me (?:off|out of|from) (?:whatever|every|each|this|that|these|those)\\b~{0,25}\\b(?:list|lists|mailing)\\b|\\bout of (?:your|all (?:of )?your|the) (?:\\w+ )?(?:lists?|mailings?)\\b',
      'absorbable',
    ],
    [1, 'no more (?:e-?mails?|mails?|messages|spam|offers|promos)\\b', 'absorbable'],
  ],
  portability: [
    [
      1,
      '(?:hand|pass|give|send) (?:over )?(?:my|all my|all of my|our) (?:data|account data|records|files|history)\\b~{0,30}\\bto (?:my new|the new|our new|another|a new|a different) (?:provider|service|supplier|company|platform|bank|vendor|tool)',
    ],
    // "A copy in a portable and readily usable format" (Colorado, Virginia, Texas and other state laws).
    [1.5, 'portable (?:and|,)\\b~{0,40}\\breadily usable|readily usable format|portable format'],
    // "... in CSV so I can move it to another tool", "... so I can load it elsewhere".
    [
      1,
      'so (?:that )?(?:i|we) can (?:move|take|import|load|transfer|use|upload) (?:it|them|my data|everything|all of it)\\b~{0,30}\\b(?:another|elsewhere|elsewehre|somewhere else|a new|the new|my new|other)\\b',
    ],
  ],
  withdraw_consent: [
    [
      1,
      "(?:take|taking|pull|pulling) back (?:my|that|the|this) (?:permission|agreement|opt-in|authori[sz]ation|approval)|i(?:'ve| have)? (?:unticked|un-ticked|unchecked)\\b~{0,20}\\b(?:box|consent|permission|opt-in)",
    ],
    [
      1,
      "(?:no longer|don't|do not) (?:give|grant) (?:you )?(?:my )?(?:permission|consent)|(?:permission|consent)\\b~{0,30}\\b(?:is|has been) (?:withdrawn|revoked|cancelled|canceled)",
    ],
    // What was agreed to named first, then revoked by a pronoun: "I opted in to X. I am revoking that now."
    [
      1,
      '(?:opted in|opt-in|ticked the box|signed up for|agreed to)[^\\n]{0,120}\\b(?:revok\\w*|withdraw\\w*|retract\\w*|take back|taking back|cancel\\w*) (?:that|it|this)\\b(?! (?:account|subscription|order|invoice|job|ticket))',
    ],
    // "If I ticked a consent box, consider it unticked"; "take this letter as withdrawal of that consent".
    [1.5, 'consider (?:it|that|them|this|my consent) (?:as )?(?:unticked|unchecked|withdrawn|revoked)\\b'],
    [
      2,
      '(?:treat|take|consider) this (?:letter|e-?mail|message|note) as (?:my |a )?(?:withdrawal|revocation)\\b~{0,20}\\bconsent',
    ],
  ],
  opt_out_sale: [
    [
      1.5,
      "(?:don't|do not|stop)\\b~{0,10}\\b(?:pass|hand|give|share|sell|send|disclose)\\w*\\b~{0,15}\\b(?:my|me)\\b~{0,40}\\b(?:advertisers|data brokers|ad networks|marketing partners)",
    ],
    // "Treat this email as my opt-out of sale/sharing"; an agent's "(2) not sell or share their information".
    [
      2,
      '(?:my|as an?|this|an) opt-outs? (?:of|from|request)\\b~{0,25}\\b(?:sale|sell|selling|sharing|share|targeted)',
    ],
    [
      2,
      `(?:request|ask|direct|instruct)\\w*\\b~{0,80}\\bnot (?:to )?(?:sell|share)\\b~{0,20}\\b(?:or (?:sell|share) )?${WHO}`,
    ],
  ],
};
