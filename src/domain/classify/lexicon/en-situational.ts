/**
 * English cues for asks that ride along with another one or describe a situation (eighth round): "tell me
 * what you've collected and delete it", "who did you share my usage info with", "freeze it, not delete, just
 * don't use it", "don't use those records until this is settled", "stop using my logs for product
 * development", "I clicked accept all … I'd like to take that back", "nothing about my account going to
 * those platforms for ads". Joined to `en.ts`.
 */
import type { Cues } from './join-cues.js';
import { WHO } from './en-words.js';

// Not "keep": "tell me what you keep and for how long" asks about retention after an erasure.
const HELD = '(?:held|hold|stored|store|collected|processed|gathered|recorded|saved)';
const USES =
  '(?:product development|product improvement|develop\\w* (?:new )?features|improv\\w* (?:your|the) (?:product|service|models?)s?)';

export const enSituational: Cues = {
  access: [
    // "A list of the specific third parties you have disclosed my data to" (Oregon); a copy of that recording.
    [
      1,
      '(?:list|names?) of (?:the )?(?:specific )?(?:third parties|companies|recipients|vendors|partners)\\b~{0,40}\\b(?:disclosed|shared|sold|sent|gave|given)\\b',
    ],
    [1, 'copy of (?:that|the|this|my) (?:\\w+ )?(?:recording|transcript|notes)\\b', 'absorbable'],
    // "Who else got my details from you? I'd like to know who you passed them to."
    [
      1,
      '\\bwho (?:else )?(?:got|received|bought|has) (?:my|our) (?:\\w+ )?(?:details|data|information|info|number|e-?mail)|know (?:exactly )?(?:who|whom) you (?:passed|gave|sold|shared|sent|disclosed) (?:them|it|my)\\b',
    ],
    // "I want to know what data about me the decision was based on"; an agent's "which personal data
    // concerning her you process".
    [
      1,
      '\\bwhat (?:personal )?(?:data|information|info|details) (?:about|on|of) me\\b|\\b(?:whether|which) (?:and which )?personal data concerning (?:me|her|him|them|my client)\\b',
    ],
    // "A short summary of what you actually held", "tell me what you've collected and delete all of it".
    [
      1,
      `(?:summary|overview|list|rundown|breakdown) of (?:what|everything|all)\\b~{0,20}\\byou(?:'ve| have)? (?:\\w+ )?(?:${HELD}|kept)\\b`,
    ],
    [
      1,
      `tell (?:me|us)\\b~{0,10}\\b(?:what|everything|which (?:data|information|details))\\b~{0,20}\\byou(?:'ve| have)? (?:\\w+ )?${HELD}\\b`,
    ],
    // Who got it (Art. 15(1)(c)): "who did you share my usage info with", "which vendors got my information".
    [
      1,
      '\\bwho (?:did|have|has) (?:you|u) (?:\\w+ )?(?:share|sell|give|pass|sen[dt]|disclose|hand)\\w*\\b~{0,30}\\b(?:my|me|it|them)\\b',
    ],
    [
      1,
      '(?:which|what) (?:\\w+ )?(?:vendors|partners|companies|third parties|advertisers|brokers|firms)\\b~{0,15}\\b(?:got|received|get|bought|obtained)\\b~{0,10}\\b(?:my|me)\\b',
    ],
    // What is inferred, and the logic of a decision about me (Art. 15(1)(h), US profiling laws).
    [
      1,
      'what (?:are|do|have) (?:you|u) (?:\\w+ )?(?:inferr?\\w*|deduc\\w*|conclud\\w*|assum\\w*) (?:about|from) (?:me|my)\\b',
    ],
    [
      1,
      '(?:know|explain|tell me|explanation of|information (?:about|on))\\b~{0,30}\\b(?:reason|reasons|logic|criteria|factors) (?:for|behind|of|used in)\\b~{0,30}\\b(?:decision|profiling|flagg\\w*|scor\\w*)',
    ],
    [
      1,
      '(?:send|give|provide|email|forward) (?:me|us) (?:every|all|each|a copy of (?:every|all|each)) (?:\\w+ )?(?:records?|logs?|messages|e-?mails|recordings|notes)\\b~{0,20}\\byou (?:have|hold|keep|store|stored)\\b~{0,20}\\b(?:for|about|on|of|linked to) (?:me|my (?:account|profile|name))\\b',
      'absorbable',
    ],
  ],
  portability: [
    // "Send me my usage history as CSV": a format wish for the writer's own data.
    [
      1,
      '(?:send|give|email|export)\\w* (?:me )?(?:my|all my|all of my) (?:\\w+ )?(?:data|history|records|information|details|activity|logs)\\b~{0,20}\\b(?:as|in) (?:a )?(?:csv|json|xml)\\b',
    ],
  ],
  rectification: [
    [
      1,
      '(?:switch|change|update|move) (?:it|that|this|my (?:\\w+ )?(?:e-?mail|address|account)) (?:over )?to (?:\\[address\\]|my new|the new)',
    ],
    // "My account still lists my old work email; please replace it with this address", "still listed as intern".
    [
      1,
      '(?:still|wrongly) (?:lists?|shows?|displays?|has)\\b~{0,20}\\b(?:my|the|her|his) (?:old|previous|former) (?:\\w+ )?(?:name|surname|e-?mail|address|number|phone|title|role)\\b|(?:still|wrongly) (?:listed|stored|recorded|saved|shown|registered) as\\b',
    ],
    [
      1,
      'replace (?:it|that|this|them|my (?:\\w+ )?(?:e-?mail|address|name|number)) with (?:this (?:address|e-?mail|number|name|one)|my new|(?:the|my) (?:new|correct|right|current) (?:\\w+ )?(?:address|e-?mail|name|surname|number))\\b',
    ],
  ],
  erasure: [
    [1, '(?:every|all|any) traces? of (?:me|mine)\\b~{0,20}\\b(?:gone|removed|deleted|erased|wiped)\\b'],
    [
      1,
      '(?:remove|delete|erase|wipe|purge) (?:the|my) (?:old|previous|former) (?:\\w+ )?(?:address|e-?mail|number|name)\\b~{0,30}\\b(?:from|off|out of) (?:your|all your) (?:\\w+ )?(?:records|systems?|databases?|files)\\b',
    ],
    // "Make sure nothing of mine is left on your side", "I want that account gone and his details off your systems".
    [
      1,
      '(?:nothing|no trace|none) of (?:mine|me|my \\w+)\\b~{0,15}\\b(?:(?:is |remains |stays )?(?:left|kept|stored|remaining)|remains)\\b~{0,25}\\b(?:your|you)\\b',
    ],
    [1, 'want (?:that|the|this|his|her|my|their) (?:\\w+ )?(?:account|profile|data|details) gone\\b'],
    [
      1,
      '(?:details|data|information|info) off (?:your|all your|all of your) (?:systems?|servers?|records|databases?)\\b',
    ],
    [1, 'get rid of (?:the|his|her|their|this|that) (?:\\w+ )?(?:account|profile|data|details)\\b'],
    // "Delete my old cellphone number, which is no longer mine", "delete the old phone number".
    [
      1,
      '(?:delet\\w*|erase|remove|wipe|purge)\\b~{0,10}\\b(?:(?:my|his|her) (?:old |previous |former )?|the (?:old|previous|former) )(?:cell ?phone|mobile|phone|home phone) (?:number|no\\.?)',
    ],
    // An agent's or a statute's form: "I further request that you delete that information".
    [
      1,
      '(?:request|ask) (?:that you|you to) (?:\\w+ )?(?:delete|erase) (?:that|this|such|the said) (?:personal )?(?:information|data)\\b',
    ],
  ],
  restriction: [
    // New Jersey and other US state laws: "a request that you do not process any sensitive data about me".
    [
      1,
      "(?:not (?:to )?|don't )process (?:any )?(?:of )?(?:my |the )?sensitive (?:personal )?(?:data|information)",
    ],
    [
      1,
      "(?:don't|do not) use (?:my|the) (?:\\w+ )?(?:data|information|details|records)\\b~{0,10}\\bfor anything else\\b",
    ],
    // "Until that's resolved, please don't use or change my data"; "please freeze my data" (Art. 18(1)).
    [
      1,
      `(?:until|while|pending)\\b~{0,60}\\b(?:don't|do not|stop) us(?:e|ing)\\b~{0,20}\\b(?:${WHO}|the|those|these|that|this) (?:\\w+ )?(?:data|information|info|details|records|logs|history)\\b(?! (?:for|in) (?:marketing|profiling|advertising|ads|analytics|research|training|newsletters?|promotions?)\\b)`,
    ],
    [
      1,
      `freeze(?<!(?:why|did|you|they|we) freeze) ${WHO} (?:personal )?(?:data|information|details|records)\\b`,
    ],
    // "Freeze anything you hold under my name, not delete, just not use it" (Art. 18(1)).
    [
      1.5,
      'not (?:to )?(?:delete|erase|remove)\\w*\\b~{0,25}\\b(?:just|only|but|simply|merely)\\b~{0,15}\\bnot (?:to )?(?:use|process)',
    ],
    [
      1,
      '(?:freeze|lock|quarantine)\\b~{0,15}\\b(?:anything|everything|all|whatever|the (?:data|records|information))\\b~{0,20}\\b(?:you (?:hold|have|keep|store)|about me|under my name|of mine)',
    ],
    // "I don't want my location used for anything beyond running the service; please limit it to that."
    [
      1,
      "(?:don't|do not) want\\b~{0,50}\\bused for (?:anything|any (?:other )?purpose) (?:beyond|other than|except|else than|but)\\b",
    ],
    [
      1,
      "(?:limit|restrict) (?:it|its use|the use|that|them|their use|this|my data|the data) to (?:that|this|what(?:'s| is) (?:needed|necessary|required)|the minimum|running the service|verif\\w*)\\b",
    ],
  ],
  objection: [
    // A reply to a newsletter: "take me off this please"; "still getting your emails??"; "leave me out of the
    // personalised offers thing"; "I don't want to be contacted".
    [
      1,
      '\\btake me off (?:this|it|that)\\b(?! (?:project|workspace|team|account|invoice|thread|ticket|call))',
      'absorbable',
    ],
    [
      1,
      'still (?:getting|receiving) (?:your|these|those) (?:\\w+ )?(?:e-?mails|newsletters|messages|texts)\\b',
      'absorbable',
    ],
    // "Please don't use my details for direct marketing anymore" (the negation is the ask).
    [
      1,
      "\\b(?:don't|do not|no longer|never) use (?:my|her|his|our) (?:\\w+ )?(?:details|data|information|info|e-?mail|number)\\b~{0,20}\\b(?:for|in) (?:any )?(?:direct )?(?:marketing|advertising|promotions?)\\b",
      'absorbable',
    ],
    [
      1,
      '(?:leave|keep|take) me out of (?:the |your |any |all )?(?:\\w+ )?(?:offers|personali[sz]\\w*|ads|advertising|recommendations|promotions?)\\b',
    ],
    [
      1,
      "(?:don't|do not|no longer) want to be (?:contacted|e-?mailed|called|texted|messaged)\\b",
      'absorbable',
    ],
    [
      1,
      '\\bstop (?:sending (?:me )?)?(?:these|those|the|your|all (?:these|those|the|your)) (?:\\w+ )?(?:e-?mails|mails|messages|texts|newsletters|calls)\\b(?! (?:from|going|about|with) )',
      'absorbable',
    ],
    // "Stop using my data for product development", "I don't want my transcripts used to 'develop new features'".
    [
      1,
      `(?:stop|quit|cease|don't|do not)\\b~{0,15}\\b(?:using|use|processing|analy[sz]ing) (?:my|our) (?:\\w+ )?(?:data|information|logs|usage|content|transcripts|uploads|files)\\b~{0,20}\\b(?:for|in|to) (?:\\w+ )?${USES}`,
    ],
    [
      1,
      "(?:don't|do not|no longer) want (?:my|our)\\b~{0,50}\\bused (?:for|in|to|as)\\b~{0,12}(?:develop|improv|train|research|analy|market|advertis|profil|product)",
    ],
    [
      1,
      `exclude (?:me|my (?:\\w+ )?(?:account|data)) from (?:(?:your |the |any |all )?(?:analytics|research|training|profiling|marketing|model training|studies|panels)|${USES})`,
    ],
    [0.5, 'exclude (?:me|my (?:\\w+ )?(?:account|data)) from (?:that|this|it)\\b'],
    // US state laws list the opt-out of profiling beside targeted advertising and sale (Colorado, Connecticut).
    [
      1.5,
      'opt(?:s|ing)? (?:me |my account )?out\\b~{0,80}\\b(?:and|or|,) profiling\\b(?! for (?:ads|advertising|targeted))|opt(?:s|ing)? (?:me )?out of profiling\\b',
    ],
  ],
  withdraw_consent: [
    // "I clicked 'accept all' on your cookie banner … I'd like to take that back."
    [
      1,
      '(?:accept(?:ed)? all|cookies?|consent\\w*|opt(?:ed)?[- ]in|ticked the box|checked the box|agreed to)\\b[^\\n]{0,120}\\b(?:take|taking) (?:that|it|this|them) back\\b',
    ],
  ],
  opt_out_sale: [
    // "Delete my data and, for anything you must keep, not to sell it or use it for targeted advertising."
    [
      1,
      '\\bnot to (?:sell|share) (?:it|them|any of it)\\b|\\bnot (?:to )?use (?:it|them) for targeted (?:advertising|ads)\\b',
    ],
    // "I don't want my visits or my email going to those platforms for ads" (sale or sharing, CPRA).
    [
      1.5,
      "(?:don't|do not) want\\b~{0,80}\\b(?:going|go|sent|passed|shared|given|disclosed) to\\b~{0,40}\\bfor (?:ads|advertising|ad targeting|targeted)",
    ],
  ],
};
