/**
 * English cues for asks made plainly: the right asked by a pronoun once the data is named ("my surname is
 * Hemming, not Hemmings ... please correct it", "if you hold anything about me, delete it", "I got two more
 * marketing emails, please stop them"), the generic words of laws outside the GDPR ("a summary of the
 * personal data", "disclosure of my retained personal data", "access ... and its deletion", "the right to
 * correct"), the CPRA's limit on sensitive data and restriction as data kept but not used. Joined to `en.ts`.
 */
import { DATA, FIELD, WHO } from './en-words.js';
import type { Cues } from './join-cues.js';

/** An ask to do something, said to the company: "please", "could you", "I ask that you". */
const ASK =
  '(?:please|pls|plz|kindly|(?:can|could|would|will) (?:you|u)(?: please)?|(?:ask|request) (?:that )?you(?: to)?|(?:need|want|like) you to)(?: \\w+)?';
/** A field of the record, and the record as a whole. */
const RECORD = `(?:${FIELD}|profile|details|record|listing)`;

export const enPlain: Cues = {
  access: [
    // "Send me a copy of what personal data you hold", "first send me a copy of what you hold".
    [
      1,
      `copy of (?:what|whatever|everything|all)(?: ${DATA})? (?:you|u) (?:hold|have|keep|store|process)\\b`,
      'absorbable',
    ],
    // The data named, then asked for by a pronoun: "if you have any data about me, send me a copy of it".
    [
      1,
      `(?:send|give|provide|e-?mail|forward)(?<=${DATA} (?:about|on|of) me\\b[^\\n]{0,100}(?:send|give|provide|e-?mail|forward)) (?:me|us) a copy of (?:it|them|that)\\b`,
      'absorbable',
    ],
    // India's DPDP Act s. 11 ("a summary of the personal data"), APPI and PIPL ("disclosure of my retained
    // personal data", "consult and copy"), and "I'd like access to the personal information you hold".
    [1, `summary of (?:the |all )?(?:${WHO} )?${DATA}`],
    [1, '(?:request|ask|want|like|seek)\\w*\\b~{0,10}\\bdisclosure of (?:all )?(?:my|his|her)\\b'],
    [
      1,
      '(?:consult|access|view|inspect) and (?:copy|obtain|receive|get)\\b~{0,20}\\b(?:my|his|her) (?:personal )?(?:data|information|info)',
    ],
    [
      1,
      `(?:like|want|wish|need|ask for|seek|get|have) access to (?:the |all (?:the |of the )?)?${DATA}\\b~{0,20}\\b(?:you|held|about me|on me|of mine)`,
    ],
    [1, '(?:what|which)\\b~{0,12}\\b(?:informations?|info|data|details|records) of mine\\b'],
    // The logic of an automated decision (Art. 15(1)(h)): "what information went into that score".
    [
      1,
      '(?:know|tell me|explain|see)\\b~{0,10}\\bwhat (?:personal )?(?:data|information|info|details) (?:went into|was used (?:for|in|to)|you used (?:for|in|to))',
    ],
  ],
  rectification: [
    [2, 'right to (?:correct|correction)\\b'],
    [1.5, `correction of (?:${WHO}|the) (?:\\w+ )?(?:${RECORD}|data|information|info)\\b`],
    // "My surname is Hemming, not Hemmings. Every email says Hemmings. Please correct it."
    [
      1,
      `(?<=(?:${WHO} (?:\\w+ )?${RECORD}|the (?:\\w+ )?${FIELD} (?:on|in) (?:my|the|your) (?:account|profile|file|records?|system|invoices?))\\b[^\\n]{0,160})${ASK} (?:correct|fix|update|amend|change|rectify) (?:it|that|this|them|both)\\b`,
    ],
    // "The billing address on file is my old flat - it should be 14 Marsh Lane now."
    [
      1,
      `(?:${WHO} (?:\\w+ )?${FIELD}|the (?:\\w+ )?${FIELD} on (?:file|my account|my profile))\\b[^.?!\\n]{0,60}\\b(?:it |that |this )?should (?:be|read|say) (?!(?:visible|hidden|private|public|kept|removed|deleted|used|shown|optional|required|possible|able|fine|ok|okay|enough)\\b)`,
    ],
    // "If any of it is incorrect, I ask that you correct it."
    [
      1,
      '(?:correct|rectify|fix|update)(?<=(?:any|some|part) of (?:it|them|my (?:data|information))\\b~{0,20}\\b(?:is|are|turns out|proves?)\\b~{0,10}\\b(?:incorrect|inaccurate|wrong|out of date|outdated)\\b[^\\n]{0,60}(?:correct|rectify|fix|update)) (?:it|them|that)\\b',
    ],
  ],
  erasure: [
    // "If you hold any personal data about me, please delete it."
    [
      1,
      `(?:delete|erase|remove|wipe|destroy|purge)(?<=(?:${DATA}|anything|everything|records?) (?:about|on|of) me\\b[^\\n]{0,100}(?:delete|erase|remove|wipe|destroy|purge)) (?:it|them|that|those)\\b`,
    ],
    // A chaser: "my account is still there, I can still log in. Please actually delete it."
    [
      1,
      '(?:delete|erase|remove|close)(?<=my (?:\\w+ )?ac+o?unts? (?:is |are )?(?:still|remains?) (?:there|active|open|live|up|visible|accessible|online)\\b[^\\n]{0,100}(?:delete|erase|remove|close)) (?:it|that)\\b',
    ],
    // "Whatever you already collected through those cookies, please delete it."
    [
      1,
      '(?:whatever|everything|anything)\\b~{0,30}\\b(?:collected|stored|gathered|recorded|tracked|logged|built|compiled|inferred|created)\\b~{0,60}\\b(?:delete|erase|remove|wipe|purge) (?:it|them|that)\\b',
    ],
    // "Delete them and anything linked to them", "the personal one and everything connected to it".
    [
      1,
      '(?:delete|erase|remove|wipe) (?:it|them|(?:the|that|this|my) (?:\\w+ )?(?:one|account|profile))\\b~{0,10}\\b(?:and|along with|together with|with) (?:anything|everything|all (?:the )?(?:data|info\\w*|records))\\b~{0,15}\\b(?:linked|connected|associated|related|tied|attached)',
    ],
    // Access first, then erasure by a pronoun: "access to my data and its deletion", "and afterwards that
    // you delete it", "then have it all deleted".
    [
      1,
      '(?:and|then|afterwards|after that|thereafter|subsequently)\\b~{0,20}\\b(?:its|their) (?:deletion|erasure)\\b|(?:and|then|afterwards|after that|thereafter)\\b~{0,12}\\bthat you (?:delete|erase) (?:it|them)\\b|(?:have|get) (?:it|them) all (?:deleted|erased|removed|wiped)\\b',
    ],
    [
      1,
      `(?:and|with) ${WHO} (?:\\w+ )?(?:details|data|info|information|records) (?:removed|deleted|erased|wiped)\\b`,
    ],
    // "Correct it, and where it cannot be corrected, delete it."
    [
      1,
      "(?:cannot|can't|could not|can not) be (?:corrected|rectified|fixed)\\b~{0,10}\\b(?:delete|erase|remove) (?:it|them)\\b",
    ],
    [
      1,
      "(?:don't|do not|no longer) want (?:you|u) (?:to )?(?:holding|keeping|storing|having|hold|keep|store|have) (?:anything|any (?:data|information|info|details|records)) (?:about|on|of) me\\b",
    ],
    [
      1,
      '(?:delete|erase|remove|wipe|get rid of) (?:the|my) (?:old|previous|former|outdated) (?:\\w+ )?(?:address|phone number|number|e-?mail(?: address)?)\\b',
    ],
  ],
  restriction: [
    [2, 'restrict (?:its|their|the) processing|restrict (?:it|them) to\\b'],
    // CPRA: "limit any use of my sensitive personal information to what you need".
    [1.5, `limit (?:any|all|the|your) (?:\\w+ )?use (?:and disclosure )?of ${WHO} sensitive`],
    // Kept, not used: "don't use them for anything else and don't delete them until the case is over".
    [
      1,
      "(?:not|don't|do not|never) (?:to )?us(?:e|ed|ing) (?:it|them|any of (?:it|them)|(?:my|the|those|these|that|this) (?:\\w+ )?(?:data|information|details|records|logs|history|files))\\b~{0,50}\\b(?:anything|everything) else\\b",
    ],
    [
      0.5,
      '(?:keep|leave) (?:it|them|everything)(?: all)? (?:frozen|as (?:it|they) (?:is|are)|untouched|unused|on hold)\\b',
    ],
    [0.5, "(?:don't|do not) want\\b~{0,30}\\b(?:used|processed|shared|touched)\\b~{0,20}\\bfor anything\\b"],
  ],
  objection: [
    // "I got two more marketing emails this week. Please actually stop them."
    [
      1,
      `(?<=(?:marketing|promotional|promo|advertising|newsletter)\\w*\\b[^\\n]{0,80})${ASK} stop (?:them|it|those|these|this)\\b`,
      'absorbable',
    ],
    [
      1,
      "(?:don't|do not|no longer) want (?:the|those|these|your|any) (?:\\w+ )?(?:promotional|marketing|promo|advertising|sales) (?:e-?mails|mails|messages|texts|sms|calls|newsletters?)",
      'absorbable',
    ],
    [
      1,
      "(?:don't|do not|never) (?:use|contact) (?:them|it|me|my \\w+)\\b~{0,10}\\bfor (?:direct )?marketing\\b",
      'absorbable',
    ],
    // "I do not want my usage being analysed", "anything I've sent used to train your AI".
    [
      1,
      "(?:don't|do not|no longer) want (?:my|our) (?:\\w+ )?(?:data|usage|activity|behaviou?r|information|content|uploads)\\b~{0,20}\\b(?:being )?(?:analy[sz]ed|tracked|profiled|monitored)",
    ],
    [
      1,
      "(?:don't|do not) want (?:anything|any(?: of)? (?:my|the) \\w+)\\b~{0,60}\\bused (?:to train|for (?:training|ai))\\b",
    ],
    [
      1,
      '(?:stop|quit|cease) using (?:my|our) (?:stuff|things|content|uploads|files|requests|payloads|messages) for (?:that|this|it|those|these)\\b',
    ],
  ],
  portability: [
    // "... exported as CSV so they can be moved to our new CRM".
    [
      1,
      '(?:(?:transfer|transmit|move|port|send|take) (?:my|his|her|our|all (?:my|our|the)|the) (?:\\w+ )?(?:data|contacts|lists|history|records|files)|(?:they|it|them) (?:can|could) be (?:transferred|moved|ported|sent|taken))\\b~{0,30}\\b(?:to|into) (?:another|a new|the new|our new|my new|a different) (?:crm|system|app|bank|supplier|vendor|software)\\b',
    ],
  ],
  // "Treat this as a do-not-sell-or-share request" (not a vendor's list of "access, deletion, do-not-sell").
  opt_out_sale: [[2, '(?:my|this|a|as) do-not-(?:sell|share)(?:-or-(?:sell|share))? (?:request|opt-out)']],
};
