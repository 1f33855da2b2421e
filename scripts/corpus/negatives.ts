// Hard negatives: mail that reaches a privacy mailbox but asks for nothing about the sender's own data
// (billing, bugs, sales, vendor and DPA questions, phishing, policy questions, auto-replies, bulk mail).
import { baseSlots, type Email, render, STUBS } from './render.js';
import { fill } from './compose.js';
import { NEGATIVE_NOTES, NEGATIVE_SPLIT } from './families.js';
import { type Attachment } from './mime.js';
import { type Random } from './random.js';
import { type Flag, type NegativeKind, type Pack, type Voice } from './types.js';

const STYLE: Record<NegativeKind | 'bounce', string> = {
  billing: 'plain',
  bug: 'plain',
  sales: 'marketing',
  vendor: 'corporate',
  dpa: 'corporate',
  phishing: 'phishing',
  policy_question: 'plain',
  sale_question: 'plain',
  howto_delete_file: 'terse-mobile',
  out_of_office: 'auto-reply',
  newsletter: 'bulk',
  thanks: 'reply-ticket',
  bounce: 'auto-reply',
  everyday: 'plain',
};

const CSV: Attachment = {
  filename: 'bank_statement.csv',
  contentType: 'text/csv',
  content: Buffer.from(
    'date,description,amount\r\n2026-02-01,CARD PAYMENT,-49.00\r\n2026-02-01,CARD PAYMENT,-49.00\r\n',
  ),
};
const QUESTIONNAIRE: Attachment = { ...STUBS.authorisation!, filename: 'security_questionnaire.pdf' };

function bounceText(to: string, ref: string): string {
  return [
    'This is the mail system at host mx2.example.net.',
    '',
    "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
    '',
    `<${to}>: host mailstore.example.net[198.51.100.40] said: 550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`,
    '',
    '--- Headers of the returned message ---',
    `Subject: [${ref}] We have received your privacy request`,
  ].join('\n');
}

export function negativeEmail(
  pack: Voice & Pick<Pack, 'negatives'>,
  kind: NegativeKind | 'bounce',
  random: Random,
  note: string = NEGATIVE_NOTES[kind],
): Email {
  const { slots, person, org } = baseSlots(pack, random);
  const flags: Flag[] = [];
  const extra: [string, string][] = [];
  let reply = false;
  let text: string;
  let subject: string;
  let fromAddress: { name: string; address: string } | undefined;
  let attachment: Attachment | undefined;
  if (kind === 'bounce') {
    text = bounceText(`${slots.first!.toLowerCase()}@example.net`, slots.ref!);
    subject = 'Undelivered Mail Returned to Sender';
    fromAddress = { name: 'Mail Delivery System', address: 'MAILER-DAEMON@mx2.example.net' };
    extra.push(['Auto-Submitted', 'auto-replied']);
    flags.push('auto', 'follow_up');
  } else {
    const negative = pack.negatives[kind]!;
    text = fill(negative.body, slots);
    subject = fill(negative.subject, slots);
    if (kind === 'out_of_office') {
      extra.push(['Auto-Submitted', 'auto-replied'], ['X-Autoreply', 'yes']);
      flags.push('auto');
      if (random.next() < 0.3) {
        reply = true;
        flags.push('follow_up');
      }
    } else if (kind === 'newsletter') {
      fromAddress = { name: 'CloudNimbus', address: 'news@updates.cloudnimbus.example.com' };
      extra.push(
        ['Precedence', 'bulk'],
        ['List-Id', '<product-news.updates.cloudnimbus.example.com>'],
        ['List-Unsubscribe', `<https://news.example.com/u/${slots.order}>`],
      );
      flags.push('auto');
    } else if (kind === 'phishing') {
      fromAddress = { name: 'Mail Security', address: `security@account-verify.example.net` };
    } else if (kind === 'thanks') {
      reply = true;
      flags.push('follow_up');
      const quoted = [
        fill(pack.style.wrote ?? '', slots),
        ...fill(pack.style.done ?? '', slots)
          .split('\n')
          .map((l) => `> ${l}`),
      ];
      text = `${text}\n\n${quoted.join('\n')}`;
    } else if (kind === 'billing') attachment = CSV;
    else if (kind === 'vendor') attachment = QUESTIONNAIRE;
  }
  return render(pack, {
    text,
    subject,
    fromName: person,
    ...(fromAddress ? { fromAddress } : {}),
    org,
    slots,
    reply,
    attachment,
    extra,
    noShape: kind === 'bounce',
    label: {
      org: org.id,
      types: ['not_a_request'],
      flags,
      language: kind === 'bounce' ? 'en' : pack.language,
      note: `${note} (${pack.country})`,
      family: `negative.${kind}`,
      style: STYLE[kind],
      split: NEGATIVE_SPLIT[kind],
    },
    random,
  });
}
