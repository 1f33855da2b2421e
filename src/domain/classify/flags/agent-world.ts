/**
 * Someone acting for another person, outside Europe's Latin-script languages: Russian, Ukrainian, Turkish,
 * Arabic, Hindi and Urdu, Japanese, Chinese, Korean, and a few with one or two set phrases (Vietnamese,
 * Indonesian and Malay, Swahili, Tamil). The meanings are those of `agent-europe.ts`.
 */
export const AGENT_WORLD: readonly string[] = [
  // Russian
  '\\bот имени\\b(?! (?:компании|команды|организации))',
  '\\bв интересах (?:моего|моей|моих|нашего|нашей)\\b',
  '\\bпредставля(?:ю|ем) интересы\\b',
  '\\b(?:доверител|доверенност|законн(?:ый|ого) представител|опекун|наследни)',
  '\\b(?:мой|моего|моему|наш|нашего) клиент',
  // Ukrainian
  '\\bвід імені\\b(?! (?:компанії|команди))',
  '\\bв інтересах (?:мого|моєї|моїх|нашого)\\b',
  '\\b(?:довірител|довіреніст|довіреност|законн(?:ий|ого) представник|опікун|спадкоєм)',
  '\\b(?:мій|мого|моєму|наш|нашого) клієнт',
  // Turkish
  '\\bm[üu]vekkil',
  '\\bvek[âa]letname',
  '\\b(?:velisi|vasisi|annesi|babas[ıi]|miras[çc][ıi]s[ıi]) olarak\\b',
  '\\b(?:o[ğg]lum|k[ıi]z[ıi]m|annem|babam|e[şs]im|[çc]ocu[ğg]um)(?:un)? ad[ıi]na\\b',
  // Arabic
  '(?:نيابة عن|بالنيابة عن|موكلي|موكلتي|موكّلي|بموجب توكيل|وكالة رسمية|الوصي على|ولي أمر|بصفتي (?:والد|والدة|وكيل|محامي|الوصي|ولي))',
  // Hindi, Urdu
  '(?:की ओर से|की तरफ़ से|की तरफ से|मुवक्किल|मुख्तारनामा|पावर ऑफ अटॉर्नी|कानूनी अभिभावक|अभिभावक के रूप में|के वकील के रूप में)',
  '(?:کی طرف سے|کی جانب سے|موکل|مختار نامہ|قانونی سرپرست|سرپرست کی حیثیت سے)',
  // Japanese
  '(?:代理人|委任状|代理して|に代わって|依頼人|依頼者|法定代理人|成年後見人|後見人|相続人|遺言執行者)',
  '(?:親として|母親として|父親として|母として|父として|保護者として)',
  // Chinese
  '(?:代表(?:我的)?(?:客户|当事人|委托人|母亲|父亲|妻子|丈夫|孩子|儿子|女儿)|委托人|授权委托书|委托书|法定代理人|监护人|遗嘱执行人|继承人)',
  '(?:作为(?:他|她)?的?(?:母亲|父亲|家长|妈妈|爸爸|监护人))',
  // Korean
  '(?:대리인|위임장|의뢰인|법정대리인|후견인|상속인|대신하여|을 대신해|를 대신해)',
  '(?:보호자로서|엄마로서|아빠로서|부모로서|어머니로서|아버지로서)',
  // Vietnamese, Indonesian and Malay, Swahili, Tamil
  '\\b(?:thay m[ặa]t|[ủu]y quy[ềe]n)\\b',
  '\\b(?:atas nama|kuasa hukum|surat kuasa)\\b(?! (?:perusahaan|tim))',
  '\\b(?:kwa niaba ya|kama mzazi|kama mlezi)\\b',
  '(?:சார்பாக|சார்பில்)',
];
