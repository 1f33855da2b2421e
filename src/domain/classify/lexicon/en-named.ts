/** English cues for the rights as formal letters name them (GDPR, UK GDPR and CCPA/CPRA wording). */
import { DATA, WHO } from './en-words.js';
import type { Cues } from './join-cues.js';

export const enNamed: Cues = {
  access: [
    // Plurals are the business of handling requests (a vendor's pitch), not one person's.
    [
      2,
      'subject access request(?!s)|data subject access(?! requests)|right (?:of|to) access|right to know|(?<!your )request to know',
    ],
    [1, '(?<!api )(?<!early )access request(?!s)'],
    // "their copy of the data" is a processor's copy to be deleted, not one asked for.
    [1, `(?<!(?:their|its|your|own) )copy of (?:all )?(?:of )?(?:the |${WHO} |that )?${DATA}`, 'absorbable'],
    [
      1,
      `(?:send|give|provide|email|forward) (?:me|us|him|her) (?:a copy of )?(?:all )?(?:of )?(?:${WHO}|the) ${DATA}`,
      'absorbable',
    ],
    [
      1,
      `(?:what(?<!(?:delete|erase|remove|wipe|purge|destroy) what)|which|whether|confirm|know|disclose|tell me|copy of|request(?:ing)?(?! that you (?:\\w+ )?(?:delete|erase|remove|correct|update|stop|restrict|do not|don't|not)))\\b~{0,70}\\b(?:hold|holds|have|has|keep|keeps|store|stores|process|processes|collected|retain|retains|held)\\b~{0,30}\\b(?:(?:about|on) (?:me|him|her|my (?:son|daughter|child)|our client)|under (?:my|his|her|their) name)\\b`,
    ],
    [1, `request(?:ing)? (?:all|a copy of|access to) (?:the |${WHO} )?${DATA}`],
    [1, `access to ${WHO} ${DATA}`],
    [1, `whether (?:any of )?${WHO} ${DATA}\\b~{0,80}\\b(?:passed|shared|disclosed|sold|transferred)`],
    [1, 'categories of (?:personal information|personal data|sources|third parties)'],
    // CCPA 1798.110: the right to know "the specific pieces of personal information" collected.
    [2, 'specific pieces of (?:personal )?(?:information|data)'],
    [1, "what(?:'s| is) on file|on file for (?:me|my)"],
    [
      0.5,
      "(?:who|which)\\b~{0,60}\\b(?:shared|disclosed|passed|received|given)\\b~{0,15}\\b(?:it|them|my)|what(?:'s| is) there",
    ],
  ],
  rectification: [
    [2, 'rectif(?:y|ied|ication)'],
    [
      1,
      'misspel+(?:ed|t)?|spel+(?:ed|t) wrong|wrongly spel+(?:ed|t)|typo in (?:my|the)|(?:is|are) (?:wrong|incorrect|out of date|outdated) on',
    ],
    [
      1,
      `(?:update|change|correct|fix|amend|complete)\\b~{0,20}\\b(?:my|the|${WHO})\\b~{0,25}\\b(?:name|surname|last name|first name|e-?mail address|e-?mail|address|billing (?:address|details|contact)|phone(?: number)?|date of birth|profile|tax (?:id|number)|vat number)\\b`,
    ],
    [
      1,
      '(?:wrong|incorrect|outdated|inaccurate|misspelled)\\b~{0,15}\\b(?:name|surname|address|e-?mail|billing)\\b',
    ],
    // "My old address" is a hint: it is also what one asks to delete, or names in an identity-theft report.
    [0.5, 'my old\\b~{0,15}\\b(?:name|surname|address|e-?mail|billing)\\b'],
    [1, '(?:new|changed my|change of) (?:\\w+ )?(?:surname|last name|name|address|billing address)\\b'],
    [
      1,
      '(?:name|surname|e-?mail(?: address)?|address|details)\\b~{0,30}\\b(?:changed|updated|corrected|fixed)\\b',
    ],
    [0.5, '(?:correct|fix|update) (?:it|that|this)\\b'],
  ],
  erasure: [
    [2, 'right to (?:be forgotten|erasure|deletion|delete)|request to delete'],
    [
      1,
      'erasure(?! requests| of (?:all )?your| (?:completed|done|confirmed|finished|processed|is complete))|account (?:closure|deletion|removal)|deletion of (?:my|his|her|their|all)',
    ],
    [
      1.5,
      `(?:delet\\w*|erase|remove|close|deactivate|terminate|cancel|wipe|purge)\\b~{0,25}\\b(?:${WHO}|the|this)\\b~{0,20}\\bac+o?unts?\\b`,
    ],
    [
      1,
      `(?:delet\\w*|erase|remove|wipe|purge)\\b~{0,30}\\b(?:${WHO}|all|personal)\\b~{0,20}\\b(?:data|info|information|details|profile|records)\\b`,
    ],
    [
      1,
      "(?:make|let)\\b~{0,20}\\b(?:disappear|go away|vanish)|(?:keep|hold|retain|store) nothing (?:about|on) me|(?:not|didn't|don't|no longer) (?:keep|hold|retain|store) (?:anything|any data|any information|any records) (?:about|on) me",
    ],
    [
      1,
      '(?:delete|erase|remove|wipe)\\b~{0,5}\\b(?:it all|all of it|them all)\\b|(?:delete|erase|remove|wipe)\\b~{0,10}\\beverything\\b|(?:delete|remove|erase) me\\b(?! from (?:your|the|all) (?:\\w+ )?(?:mailing|marketing|e-?mail|newsletter))',
    ],
    [
      1,
      `(?:${WHO}|the) (?:\\w+ )?(?:account|profile|personal data|data|info|information)\\b~{0,50}\\b(?<!(?:has|have) been |was |were |got )(?:closed|deleted|erased|removed|wiped)\\b`,
    ],
  ],
  restriction: [
    [
      2,
      'restrict(?:ion of)? (?:the |that |this |such |any |all )?processing|restrict (?:the )?(?:use|processing) of|limit (?:the )?processing',
    ],
    [1.5, 'limit (?:the |your )?use (?:and disclosure )?of my sensitive'],
    [
      1,
      `(?:freeze|suspend|pause|halt|block)\\b~{0,20}\\b(?:use|using|processing)\\b~{0,20}\\b(?:${WHO}|of ${WHO}) (?:personal )?data`,
    ],
    [1, '(?:put|place) (?:a )?hold on|hold on my (?:personal )?data|legal hold'],
    [
      1,
      `(?:keep|leave)\\b~{0,25}\\b(?:${WHO}|the) (?:personal )?(?:data|information|records)\\b~{0,10}\\b(?:untouched|unused|frozen|as (?:it|they) (?:is|are))`,
    ],
    [
      1,
      "(?:don't|do not|stop)\\b~{0,30}\\buse\\b~{0,40}\\b(?:other than|except|for anything (?:other|else) than)",
    ],
    [
      0.5,
      '(?:until|while|pending)\\b~{0,40}\\b(?:resolved|settled|investigated|verified|checked|corrected|dispute|assessed|looked at)',
    ],
    [0.5, 'sensitive personal information'],
    // Situational: keep it, but leave it unused while something is settled (Art. 18(1)). Not a use for
    // marketing, ads or analytics stopped until something happens: that is an objection (labelling guide).
    [
      1,
      `(?:don't|do not|stop) us(?:e|ing) (?:${WHO}|the|those|these|that|this|it|them)(?: (?:personal )?(?:data|information|details|records|logs|history))?\\b(?!~{0,25}\\b(?:for|in) (?:marketing|profiling|advertising|ads|analytics|research|training|newsletters?|promotions?)\\b)~{0,40}\\b(?:until|while|pending)\\b`,
    ],
  ],
  objection: [
    [
      2,
      '\\bi (?:hereby )?object\\b|objects? to (?:the |that |this |any )?(?:further )?(?:processing|use|profiling|direct marketing|disclosure)|right to object|objection (?:to|under)',
    ],
    [
      1,
      'stop\\b~{0,30}\\b(?:marketing|promotional|promo|newsletters?|advertising e-?mails|offers)',
      'absorbable',
    ],
    [1, '(?:marketing|promotional|promo)\\b~{0,50}\\bto stop\\b', 'absorbable'],
    [1, 'no more (?:marketing|promotional|promo|newsletters?)|no longer (?:want to )?receive', 'absorbable'],
    [
      1,
      '(?:^|\\n)\\s*unsubscribe\\s*(?:\\n|$)|unsubscribe (?:me|from)|(?:please|want to|like to) unsubscribe',
      'absorbable',
    ],
    [
      1,
      '(?:remove|take|delete) me (?:off|from) (?:your|the|all|any)\\b~{0,25}\\b(?:list|mailing|marketing|e-?mails?|newsletters?)',
      'absorbable',
    ],
    [
      1,
      "opt (?:me )?out of (?:all (?:of )?)?(?:your |the |any )?(?:marketing|promotional|newsletters?|e-?mails|mailings?)|(?:don't|do not) want (?:these|your|any|any more|more)\\b~{0,20}\\b(?:e-?mails|newsletters|offers|messages)|cancel (?:my|the) subscription to (?:your |the |all )?(?:newsletters?|mailings?|e-?mails|marketing)|(?:no longer|don't|do not) (?:wish|want) to (?:get|receive|be sent)\\b~{0,30}\\b(?:newsletters?|e-?mails|marketing|offers|mailings?|promotions?)",
      'absorbable',
    ],
    [
      1,
      '(?:stop|cease)\\b~{0,20}\\b(?:using|use of|processing)\\b~{0,30}\\b(?:for|in) (?:analytics|profiling|marketing|advertising|product improvement|research)',
      'absorbable',
    ],
    // "Profiling for ads" is the targeted advertising one opts out of (CCPA 1798.120, CPRA), not an objection.
    [0.5, 'legitimate interests?|profiling(?! for (?:ads|advertising|targeted))|direct marketing'],
    // Situational: "I don't want my usage data going into your research", "stop using it for that".
    [
      1,
      `(?:don't|do not|no longer) want ${WHO} (?:\\w+ )?(?:data|information|content)\\b~{0,20}\\b(?:going into|used (?:for|in)|in) (?:your )?(?:product |market )?(?:research|analytics|profiling|marketing|advertising|training|models?)`,
    ],
    // "Stop using it for anything else (until …)" keeps the data for one use only: restriction, not objection.
    [
      1,
      'stop using (?:it|them|that|this) for\\b(?! (?:anything|everything) (?:else|other|but|beyond)\\b)',
      'absorbable',
    ],
  ],
  portability: [
    [2, 'data portability|right to portability|portability (?:request|right)'],
    [1.5, 'machine[- ]readable|structured,? (?:commonly used )?(?:and )?machine'],
    [
      1,
      '(?:transfer|transmit|move|port|send)\\b~{0,60}\\b(?:to|into) (?:another|a new|the new|our new|my new|a different) (?:provider|service|tool|platform|controller|company)',
    ],
    [0.5, '(?:another|a new|a different) (?:provider|service|tool|platform)|\\bcompetitor'],
    // Situational: "a file I can import there / elsewhere" is a format wish for another service.
    [
      1,
      '(?:file|format|export|archive)\\b~{0,10}\\b(?:i|we) can (?:import|load|upload|use) (?:it )?(?:there|elsewhere|into|in)\\b',
    ],
    // Straight to another provider, not to the requester or their lawyer (that is a copy: access).
    [
      1,
      '(?:transfer|transmit|move|port|send)\\b~{0,90}\\b(?:directly|straight) to (?!(?:me|us|him|her|my (?:lawyer|attorney|agent|solicitor|representative|home|e-?mail|address|postal))\\b)',
    ],
    [
      1,
      '(?:import|load)\\b~{0,30}\\binto (?:another|the new|a new|our new|my new) (?:tool|service|provider|platform)',
    ],
    [
      1,
      `(?:export|download)\\b~{0,30}\\b(?:my|all my|of my|${WHO})\\b~{0,20}\\b(?:data|account|history|records)\\b|(?:a|my|full|complete) data export(?! (?:endpoint|api|jobs?|feature|button|tool|page|fails?|failed|errors?))`,
    ],
  ],
  withdraw_consent: [
    [
      2,
      '(?:withdraw|withdrawing|withdrawn|withdrawal|revoke|revoking|revoked|revocation|retract|retracting)\\b~{0,25}\\bconsent|consent\\b~{0,10}\\b(?:withdrawn|revoked|withdrawal)',
    ],
    [1, 'no longer consent|take back (?:my )?consent'],
    // Situational: consent named by what was given: "I am revoking that opt-in / permission".
    [
      1,
      '(?:withdraw|withdrawing|revoke|revoking|retract|retracting|cancel|cancelling) (?:that|the|this|my) (?:opt-in|permission|authori[sz]ation)',
    ],
    // "If I have given consent, I hereby withdraw it": the pronoun stands for the consent named before.
    [
      2,
      'consent\\b[^.?!\\n]{0,60}\\bi (?:hereby )?(?:withdraw|revoke|retract) (?:it|them|the same|such consent)\\b',
    ],
  ],
  opt_out_sale: [
    [2, `(?:do not|don't|dont|not to) (?:sell|share)\\b~{0,20}\\b(?:or (?:sell|share) )?${WHO}`],
    [
      2,
      'opt(?:s|ing|ed)? (?:me |my account |her |him |them )?out\\b~{0,25}\\b(?:sale|sell|selling|sharing|share|targeted)',
    ],
    [
      1.5,
      'targeted (?:advertising|ads)|cross-context behaviou?ral advertising|(?:stop|cease)\\b~{0,10}\\b(?:selling|sharing)\\b',
    ],
    [1, 'sale (?:or|and|/) ?shar(?:e|ing)|sale of (?:my|his|her) (?:personal )?(?:data|information)'],
    [0.5, 'global privacy control|ad (?:networks|trackers)|advertisers'],
  ],
};
