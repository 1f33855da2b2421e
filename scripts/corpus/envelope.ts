// The envelope of a generated email: sender address, organisation mailbox, date, Message-ID, trace
// headers and the MIME shape (charset, transfer encoding, HTML, attachment), all drawn from the seeded source.
import { type Address, canEncode, type MailSpec, type TransferEncoding } from './mime.js';
import { type Random } from './random.js';

export const ORGS = [
  { id: 'importly', product: 'Importly', to: ['privacy@importly.example'], mx: 'mx1.importly.example' },
  {
    id: 'mediaconvert',
    product: 'MediaConvert.io',
    to: ['support@mediaconvert.io'],
    mx: 'mx.mediaconvert.io',
  },
  {
    id: 'zmapi',
    product: 'ZM API',
    to: ['privacy@zmapi.example', 'dpo@zmapi.example'],
    mx: 'mx.zmapi.example',
  },
] as const;
export type Org = (typeof ORGS)[number];

const DOMAINS = [
  'example.com',
  'example.org',
  'example.net',
  'mail.example',
  'mail.example.com',
  'post.example.org',
  'inbox.example.net',
];
const MAILERS = [
  'Microsoft Outlook 16.0',
  'Apple Mail (2.3826)',
  'Thunderbird 128.5.0',
  'iPhone Mail (22C161)',
];
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5, 6, 0, 0);

/** ASCII local part for an address: strips accents, or uses the transliteration after a `|`. */
export function localPart(name: string, random: Random): string {
  const [display, latin] = name.split('|');
  const source = (latin ?? display ?? 'user')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[þÞ]/g, 'th')
    .replace(/[ħĦ]/g, 'h')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim();
  const [first = 'user', ...rest] = source.split(/\s+/);
  const last = rest.at(-1) ?? 'mail';
  return random.pick([
    `${first}.${last}`,
    `${first[0]}.${last}`,
    `${first}${last}`,
    `${first}.${last}${10 + random.int(89)}`,
  ]);
}

export function senderAddress(name: string, random: Random, domain?: string): Address {
  return {
    name: name.split('|')[0]!,
    address: `${localPart(name, random)}@${domain ?? random.pick(DOMAINS)}`,
  };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (value: number): string => String(value).padStart(2, '0');

/** RFC 5322 3.3 date in the sender's offset, from a UTC instant. */
export function rfc5322Date(utc: number, tz: string): string {
  const sign = tz.startsWith('-') ? -1 : 1;
  const offsetMinutes = sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(3, 5)));
  const local = new Date(utc + offsetMinutes * 60_000);
  return `${WEEKDAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${tz}`;
}

export function drawInstant(random: Random): number {
  return START + random.int(120) * DAY + random.int(DAY / 1000) * 1000;
}

export interface Shape {
  charset: string;
  encoding: TransferEncoding;
  html: 'none' | 'alternative' | 'only';
}

const NON_LATIN =
  /\p{Script=Greek}|\p{Script=Cyrillic}|\p{Script=Devanagari}|\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u;

export function drawShape(text: string, legacyCharset: string | undefined, random: Random): Shape {
  const html = random.weighted([
    ['none', 65],
    ['alternative', 22],
    ['only', 13],
  ] as const);
  if (/^\p{ASCII}*$/u.test(text)) {
    return {
      charset: random.next() < 0.5 ? 'us-ascii' : 'utf-8',
      encoding: random.next() < 0.6 ? '7bit' : 'quoted-printable',
      html,
    };
  }
  const legacy =
    legacyCharset && canEncode(text, legacyCharset) && random.next() < 0.35 ? legacyCharset : 'utf-8';
  const encoding: TransferEncoding = NON_LATIN.test(text)
    ? random.pick(['base64', 'quoted-printable', 'base64', '8bit'] as const)
    : random.weighted([
        ['quoted-printable', 5],
        ['base64', 2],
        ['8bit', 2],
      ] as const);
  return { charset: legacy, encoding, html };
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toHtml(text: string, language: string, charset: string): string {
  const body = text
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="${language}"><head><meta charset="${charset}"></head>\n<body style="font-family: Arial, sans-serif; font-size: 14px;">\n${body}\n</body></html>`;
}

export function traceHeaders(
  from: Address,
  to: string,
  org: Org,
  utc: number,
  random: Random,
): [string, string][] {
  const host = from.address.split('@')[1]!;
  const ip = `${random.pick(['192.0.2', '198.51.100', '203.0.113'])}.${1 + random.int(254)}`;
  return [
    ['Return-Path', `<${from.address}>`],
    [
      'Received',
      `from smtp.${host} (smtp.${host} [${ip}])\r\n\tby ${org.mx} (Postfix) with ESMTPS id ${random.hex(11)}\r\n\tfor <${to}>; ${rfc5322Date(utc + 5000 + random.int(60_000), '+0000')}`,
    ],
  ];
}

export function clientHeaders(locale: string, random: Random): [string, string][] {
  const headers: [string, string][] = [];
  if (random.next() < 0.5) headers.push(['X-Mailer', random.pick(MAILERS)]);
  if (random.next() < 0.6) headers.push(['Content-Language', locale]);
  return headers;
}

export type Draft = Omit<MailSpec, 'charset' | 'encoding' | 'html' | 'htmlOnly'>;
