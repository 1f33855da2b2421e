// Slot fillers and the rendering of one planned email (envelope, MIME shape) into bytes with its label.
import { type Slots } from './compose.js';
import {
  clientHeaders,
  drawInstant,
  drawShape,
  ORGS,
  rfc5322Date,
  senderAddress,
  toHtml,
  traceHeaders,
} from './envelope.js';
import { type Split } from './families.js';
import { type Attachment, renderMessage } from './mime.js';
import { type Random } from './random.js';
import { type Flag, type Voice, type RequestType } from './types.js';

export interface Label {
  file: string;
  org: string;
  types: RequestType[];
  flags: Flag[];
  language: string;
  note: string;
  family: string;
  style: string;
  split: Split;
}

export interface Email {
  label: Omit<Label, 'file'>;
  bytes: Buffer;
}

const GROUPS = ['MyData Alliance', 'Privacy First Collective', 'Digital Rights Watch'];
const PROVIDERS = ['Northwind Media Ltd.', 'Tailspin Studio', 'Contoso Transcripts', 'Fabrikam Cloud'];

export const STUBS: Record<string, Attachment> = {
  authorisation: {
    filename: 'signed_authorisation.pdf',
    contentType: 'application/pdf',
    content: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  },
  'id-card': {
    filename: 'id_card.jpg',
    contentType: 'image/jpeg',
    content: Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
    ]),
  },
};

/** A misspelling of a surname: two letters swapped, as a typist would. */
function misspell(surname: string): string {
  const chars = [...surname];
  if (chars.length < 4) return `${surname}${chars.at(-1) ?? ''}`;
  const i = Math.floor(chars.length / 2);
  [chars[i - 1], chars[i]] = [chars[i]!, chars[i - 1]!];
  const swapped = chars.join('');
  return swapped === surname ? `${surname}${chars.at(-1)}` : swapped;
}

/** A name as plain ASCII letters, for an address; names in other scripts fall back to "user". */
function asciiWord(word: string): string {
  const ascii = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return ascii || 'user';
}

export function baseSlots(
  pack: Voice,
  random: Random,
): { slots: Slots; person: string; org: (typeof ORGS)[number] } {
  const person = random.pick(pack.names);
  const display = person.split('|')[0]!;
  const parts = display.split(' ');
  const latin = (person.split('|')[1] ?? display).split(' ').map(asciiWord);
  const org = random.pick(ORGS);
  const instant = drawInstant(random);
  const slots: Slots = {
    name: display,
    first: parts[0]!,
    last: parts.at(-1)!,
    wrong: misspell(parts.at(-1)!),
    product: org.product,
    org: org.to[0],
    order: `${random.pick(['INV', 'JOB', 'ORD'])}-${2026}${String(10_000 + random.int(89_999))}`,
    amount: `${19 + random.int(180)}.${random.pick(['00', '50', '90', '99'])} EUR`,
    date: rfc5322Date(instant - 20 * 86_400_000, pack.tz).slice(5, 16),
    year: String(2018 + random.int(7)),
    provider: random.pick(PROVIDERS),
    group: random.pick(GROUPS),
    ref: `RD-${1000 + random.int(9000)}`,
    law: pack.law,
    authority: pack.authority,
    instant: String(instant),
    // Derived, not drawn: addresses named in the text, and a child's first name for agent letters.
    email: `${latin[0]}.${latin.at(-1)}@example.net`,
    newEmail: `${latin[0]}.${latin.at(-1)}@mail.example`,
    child: pack.names[(pack.names.indexOf(person) + 1) % pack.names.length]!.split('|')[0]!.split(' ')[0]!,
  };
  return { slots, person, org };
}

export interface RenderInput {
  text: string;
  subject: string;
  fromName: string;
  fromAddress?: { name: string; address: string };
  org: (typeof ORGS)[number];
  slots: Slots;
  reply: boolean;
  attachment: Attachment | undefined;
  extra: [string, string][];
  label: Email['label'];
  random: Random;
  noShape?: boolean;
}

export function render(pack: Voice, input: RenderInput): Email {
  const { random, org, slots } = input;
  const instant = Number(slots.instant);
  const from = input.fromAddress ?? senderAddress(input.fromName, random);
  const to = random.pick(org.to);
  const shape = drawShape(input.text, pack.legacyCharset, random);
  const html = input.noShape ? 'none' : shape.html;
  const orgDomain = org.to[0].split('@')[1]!;
  const stamp = Math.floor(instant / 1000) - 86_400 * (2 + random.int(20));
  const bytes = renderMessage({
    from,
    to,
    date: rfc5322Date(instant, pack.tz),
    messageId: `<${random.hex(16)}.${random.hex(8)}@${from.address.split('@')[1]}>`,
    subject: input.subject,
    ...(input.reply
      ? {
          inReplyTo: `<${slots.ref}.ack.${stamp}@${orgDomain}>`,
          references: `<${slots.ref}.ack.${stamp}@${orgDomain}>`,
        }
      : {}),
    extraHeaders: [
      ...traceHeaders(from, to, org, instant, random),
      ...clientHeaders(pack.locale, random),
      ...input.extra,
    ],
    text: input.text,
    ...(html === 'none' ? {} : { html: toHtml(input.text, pack.language, shape.charset) }),
    htmlOnly: html === 'only',
    charset: shape.charset,
    encoding: shape.encoding,
    boundary: `----=_Part_${random.int(99_999)}_${random.hex(12)}`,
    ...(input.attachment ? { attachment: input.attachment } : {}),
  });
  return { label: input.label, bytes };
}
