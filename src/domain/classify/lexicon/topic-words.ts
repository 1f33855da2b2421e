/**
 * More ordinary topics, joined into the safety net's word lists
 * (`privacy-vocabulary.ts`): a card charged twice, a refund, a receipt, a payment method, a supplier
 * assessment or sub-processor list, a partnership or reseller offer, a job application and thanks for a
 * fix that works now in languages read by a basic lexicon; thanks for the help, a guest-post pitch, a feature
 * wished for, a parcel or a bank statement in the full ones. Sign-in trouble is in `support-topic.ts` (ACCESS_TROUBLE). They are positive evidence
 * of no request only where no cue counted and no personal-data or rights word occurs (`confidence.ts`).
 */

/** Scripts without Latin word boundaries: matched as substrings. */
export const BASIC_TOPIC_STEMS = [
  // ru, uk, bg: charged twice, refund, thanks for the help, it works now.
  'списали дважды|двойное списание|верните (?:одну )?сумму|возврат (?:денег|средств)|списали двічі|повернення коштів|повернути кошти',
  'спасибо за (?:помощь|сервис|быстр)|дякую за (?:сервіс|допомогу|швидк)|благодаря за (?:помощта|бързия)|(?:всё|все) (?:работает|заработало)|усе працює|всичко работи',
  // Sub-processors and processing agreements asked by a customer organisation (GDPR Art. 28).
  'субподрядчик|субобработчик|субпідрядник|подизпълнител',
  // th, vi, zh, he, ar, hi, ne, ta: receipts, payments, invoices, refunds, partnership, job applications.
  'ใบเสร็จ|ชำระเงิน|คืนเงิน|合作咨询|代理商|渠道合作|קורות חיים|משרת סטודנט|משרה פתוחה|الأسعار|استرداد',
  'भुक्तानी|रसीद|चालान|விலைப்பட்டியல்|கட்டணம்',
];

/** Latin-script words, matched whole like `WORLD_TOPIC_WORDS`. */
export const BASIC_TOPIC_WORDS = [
  // id, ms, tl, sw: payments, cards, plan upgrades, charges.
  'pembayaran|kartu kredit|kad kredit|naik taraf|pro-?rata|singil|malipo',
  // sl, sk, cs, sq: discounts, suppliers, sub-processors, partnership and resellers.
  'popust\\w*|dobavitelj\\w*|subdodávateľ\\w*|subdodavatel\\w*|sub-?processor\\w*|rishit\\w*|bashkëpunim\\w*',
  // vi, is: it works now.
  'đã hoạt động|nú virkar',
];

/** The full languages, matched whole. */
export const FULL_TOPIC_WORDS = [
  // Thanks for the help or the service, with nothing asked.
  'just (?:wanted|want) to say thanks|great service|many thanks for (?:your|the) help|vielen dank für (?:die|ihre|eure) hilfe|toller service',
  "merci pour (?:votre|ton|l')aide|super service|gracias por (?:la|su|vuestra) ayuda|grazie per l'aiuto|ottimo servizio|bedankt voor (?:de|jullie) hulp",
  'obrigad[oa] pela ajuda|ótimo serviço|dziękuję za pomoc|tack för hjälpen|tak for hjælpen',
  // A guest-post or link pitch.
  'guest post|dofollow|sponsored post|link insertion|per placement',
  // A feature wished for.
  'feature request|are you planning to (?:add|support|offer|allow)|tienen pensado|sería genial|habt ihr vor|prévoyez-vous|avete in programma|zijn jullie van plan|vocês pretendem',
  // A parcel or a bank statement: mail meant for a shop or a bank.
  'order number|tracking number|(?:has|have|haven.t|hasn.t|still) not arrived|parcel|direct debit|bank statement',
];
