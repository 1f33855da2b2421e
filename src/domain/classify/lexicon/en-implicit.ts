/**
 * English cues for rights asked in everyday words that never name them (eleventh round): consent taken back
 * ("I take back my yes", "untick whatever I ticked", "I said yes by mistake"), data kept but left alone until
 * something is checked ("put my data on hold", "keep it but don't touch it"), not being analysed ("I don't
 * want to be profiled"), a field misspelt or out of date ("my name is spelt ...", "ends in 22, not 33").
 * Joined to `en.ts`; sentences and near misses in `implicit-asks-en.test.ts`.
 */
import type { Cues } from './join-cues.js';
import { WHO } from './en-words.js';

/** What a person calls their record, as the object of a verb (never a product object). */
const RECORD = `${WHO} (?:\\w+ ){0,2}(?:data|information|info|details|records|file|profile)\\b`;
/** The consent given, in everyday words. */
const YES = '(?:yes|ok|okay|agreement|permission|approval|consent|opt-?ins?)';
/** Ways of analysing a person. */
const ANALYSE = '(?:analy[sz]|monitor|profil|scor|stud)\\w*';

export const enImplicit: Cues = {
  withdraw_consent: [
    [1, `\\b(?:take|taking|took) back (?:my|the|that|this|every|all|each)\\b~{0,8}\\b${YES}\\b`],
    [
      1,
      '\\bno longer agree(?:s|ing)? (?:to|with (?:you|your|the) (?:using|use|processing|sharing|keeping|tracking|collecting|storing))\\b',
    ],
    [
      1,
      '\\bun-?(?:tick|check)\\w*\\b~{0,40}\\b(?:i (?:\\w+ )?(?:ticked|checked|agreed|accepted|said yes)|consent|permissions?|newsletters?|cookies?|tracking)\\b',
    ],
    [
      1,
      '\\b(?:said yes|agreed|consented|accepted|opted in|clicked (?:yes|ok|accept\\w*|agree)|ticked (?:the|a|that|this) box)\\b~{0,50}\\b(?:by (?:mistake|accident)|accidentally|in error|without (?:meaning|realising|realizing))|\\baccidentally (?:said yes|agreed|consented|accepted|opted in|ticked)\\b',
    ],
    [
      1.5,
      `\\bconsider (?:the|my|any|all|every|each)\\b~{0,8}\\b${YES}\\b~{0,50}\\b(?:cancell?ed|canceled|withdrawn|revoked|void|unticked|gone)\\b`,
    ],
    [
      1,
      `\\bmy (?:\\w+ )?${YES}\\b~{0,50}\\b(?:no longer (?:stands|applies|holds|counts)|is (?:hereby )?(?:void|cancell?ed|off|withdrawn|revoked))\\b|\\byou (?:no longer|don't|do not) have my ${YES}\\b`,
    ],
    [
      1,
      '\\b(?:revok|withdraw|retract|cancel|undo|unsubscrib)\\w*\\b~{0,25}\\b(?:everything|all|whatever|anything|what)\\b~{0,12}\\bi (?:\\w+ )?(?:accepted|agreed to|consented to|ticked|opted in(?:to)?|said yes to)\\b',
    ],
    [
      1,
      '\\bchanged my mind\\b~{0,50}\\b(?:i (?:\\w+ )?(?:agreed|consented|accepted|opted|said yes|ticked)|consent|permission|opt-?in)\\b',
    ],
  ],
  restriction: [
    [
      1,
      `\\b(?:put|place|keep|leave)\\w* ${RECORD}~{0,10}\\b(?:on hold|on ice|in (?:a )?(?:freeze|quarantine))`,
    ],
    [
      1,
      `\\b(?:keep|hold|store|retain|hang on to)\\w* ${RECORD}~{0,30}\\b(?:but|just|only)\\b~{0,20}\\b(?:(?:don't|do not|not|never|stop|no longer) (?:use|using|process\\w*|touch\\w*|do anything)|leave (?:it|them) (?:untouched|alone|unused)|park (?:it|them))\\b`,
    ],
    [
      1,
      `\\b(?:lock|block|freeze|quarantine|suspend|pause)\\w* (?:all (?:of )?)?${RECORD}~{0,60}\\b(?:until|while|pending|till|for now|for the time being)\\b`,
    ],
    [
      1,
      `\\b(?:until|till|while|pending|before)\\b~{0,60}\\b(?:don't|do not|not|never) (?:do anything|touch anything|do a thing) (?:with|to) ${RECORD}`,
    ],
  ],
  objection: [
    [
      2,
      '\\bi (?:also|further|additionally|strongly|therefore|still|now) object\\b|\\bobjects? to (?:you|your company|u|them) (?:\\w+ )?(?:using|processing|analy[sz]ing|profiling|sharing)\\b',
    ],
    [
      1,
      `\\b(?:don't|do not|no longer) want (?:you|u|your \\w+|anyone) (?:to )?${ANALYSE}\\b~{0,30}\\b(?:my|me)\\b(?! (?:order|package|parcel|shipment|delivery))`,
    ],
    [
      1,
      "\\b(?:(?:don't|do not|no longer|never) (?:want|wish|like|consent)|refuse|decline) (?:to be|being) (?:profiled|analy[sz]ed|monitored|scored)\\b",
    ],
    [
      1,
      `\\b(?:stop|quit|cease)\\b~{0,10}\\b${ANALYSE}ing (?:me|my (?:activity|behaviou?r|habits|usage|browsing|clicks|movements))\\b`,
    ],
    [1, '\\bno (?:more )?(?:profiling|analytics|analysis|monitoring) (?:of|on) (?:me|my)\\b'],
    [
      1,
      "\\b(?:i'd|i would) rather (?:my|our)\\b~{0,40}\\b(?:wasn't|weren't|was not|were not|not be|isn't|aren't) (?:used|analy[sz]ed|profiled)\\b",
    ],
    [
      1,
      '\\b(?:my|our) (?:\\w+ )?(?:data|information|details|logs|content|activity) (?:must|should|may|can) (?:not|never) (?:be )?used (?:for|in|to)\\b~{0,12}(?:research|analy|profil|train|product|stud)',
    ],
  ],
  rectification: [
    [
      1,
      "\\b(?:still )?(?:shows|lists|has|displays|says|carries)\\b~{0,10}\\bmy (?:maiden|old|former|previous|ex-?wife's|ex-?husband's) (?:name|surname|address|e-?mail|number)\\b|\\b(?:correct|amend)\\w* my (?:account|profile|record|records|entry)\\b(?! (?:balance|settings|plan|password|billing|invoices?|credit|total))",
    ],
    [
      1,
      "\\b(?:my|her|his) (?:first |last |family |sur|maiden )?name\\b~{0,10}\\b(?:is |should be |must be |'s )?(?:spelt|spelled)\\b",
    ],
    [
      1,
      "\\b(?:my|the) (?:e-?mail(?: address)?|address|phone(?: number)?|number|name|surname) (?:on|in|for) (?:my|the) (?:account|profile|record|file)\\b~{0,20}\\b(?:is|'s) (?:an? |my )?(?:old|outdated|previous|former|wrong|incorrect)\\b",
    ],
    [
      1,
      '\\b(?:name|surname|number|phone|postcode|zip code|address|date of birth|birthday|iban)\\b~{0,20}\\b(?:ends|starts|begins) (?:in|with)\\b~{0,25}\\bnot\\b',
    ],
  ],
  portability: [
    [
      1,
      '\\bexport\\w*\\b~{0,40}\\bso (?:that )?(?:i|we) can (?:switch|move|change|go)\\b|\\b(?:moving|switching|changing|going) (?:over )?to (?:a |another |my new |the )?(?:competitor|provider|supplier|service|platform|app|bank)\\b~{0,40}\\b(?:give|send)\\w* (?:me )?my (?:data|stuff|information|things|records)\\b',
    ],
    [1, '\\bmy (?:\\w+ )?(?:data|information|history|records)\\b~{0,30}\\bmachine-?readable\\b'],
    [
      1,
      '\\b(?:file|format|export)\\b~{0,30}\\b(?:my|the|our) (?:new )?(?:provider|service|bank|supplier|platform|company|app|tool)\\b~{0,10}\\b(?:can|could|will be able to) (?:read|open|import|use|load)\\b',
    ],
  ],
  access: [
    [
      1,
      '\\bwhat (?:are|do|is) (?:you|u|your company) (?:\\w+ )?(?:using|use|doing with) my (?:\\w+ )?(?:data|information|details|info)\\b',
    ],
    [
      1,
      "\\bwhat (?:personal )?(?:data|information|info|details)\\b~{0,5}\\b(?:you|u)(?:'re| are)? (?:\\w+ )?(?:holding|keeping|storing|processing|hold|keep|store)\\b~{0,10}\\b(?:on|about|of|for) me\\b",
    ],
    [
      1,
      "\\b(?:see|view|know|get|look at)\\b~{0,6}\\b(?:everything|all|whatever|what)\\b~{0,20}\\byou(?:'ve| have)? (?:\\w+ )?(?:keep|kept|hold|have|store|stored|collected|got)\\b~{0,15}\\b(?:on|about|of) me\\b",
    ],
  ],
  opt_out_sale: [
    [
      1,
      `\\b(?<!(?:we|they|i|he|she|it|you|that|which) )(?:don't|do not|never) (?:pass|hand|give|send|share|disclose)\\w*\\b~{0,30}\\b(?:it|them|my (?:\\w+ )?(?:data|details|information|info))\\b~{0,15}\\b(?:on )?(?:to|with) (?:any )?(?:third parties|third-parties|other companies|other firms|anyone else|outside companies|data brokers)\\b|\\bkeep ${WHO} (?:\\w+ )?(?:data|details|information|info) to yourselves\\b`,
    ],
    [
      1,
      "\\b(?:don't|do not|never) want (?:my|our) (?:\\w+ )?(?:data|details|information|info)\\b~{0,10}\\b(?:ending up|end up|landing|going|sold|passed) (?:with|at|to|in the hands of) (?:data brokers|brokers|advertisers|third parties|marketers|other companies)\\b",
    ],
    [
      1,
      '\\bno (?:passing|selling|sharing|handing|giving)\\b~{0,10}\\b(?:my|of my)\\b~{0,30}\\b(?:partners|third parties|advertisers|brokers|other companies)\\b',
    ],
  ],
};
