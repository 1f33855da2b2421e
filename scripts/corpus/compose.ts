// Composes the text of one email from a language pack: an ask (or several) wrapped in an author style.
import { type Style } from './families.js';
import { type Flag, type Voice } from './types.js';

export type Slots = Record<string, string>;

export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => slots[key] ?? whole);
}

export interface Composed {
  text: string;
  flags: Flag[];
  /** the sender is not the data subject: an agent or a parent writes from their own address */
  writer: 'self' | 'agent' | 'parent';
  attachment?: 'authorisation' | 'id-card';
  reply: boolean;
}

const QUOTES: Record<string, readonly [string, string]> = {
  de: ['„', '“'],
  cs: ['„', '“'],
  sk: ['„', '“'],
  bg: ['„', '“'],
  lt: ['„', '“'],
  et: ['„', '“'],
  fr: ['« ', ' »'],
  ja: ['「', '」'],
  zh: ['“', '”'],
  ru: ['«', '»'],
  uk: ['«', '»'],
  pl: ['„', '”'],
  hu: ['„', '”'],
  ro: ['„', '”'],
};

function quote(language: string, text: string): string {
  const [open, close] = QUOTES[language] ?? ['"', '"'];
  return `${open}${text}${close}`;
}

const NON_NATIVE_OPEN = 'Hello, I write you because of my account by {product}.';
const NON_NATIVE_CLOSE = 'Please to confirm me when it is done. Thank you in advance and best regards,';

/** Joins paragraphs with blank lines, dropping empty ones. */
const paragraphs = (...parts: readonly (string | undefined)[]): string =>
  parts.filter((part): part is string => Boolean(part && part.trim())).join('\n\n');

export function composeRequest(
  pack: Voice,
  style: Style,
  asks: readonly string[],
  slots: Slots,
  intro: boolean,
): Composed {
  const s = pack.style;
  const f = (template: string | undefined): string => fill(template ?? '', slots);
  const ask = asks.map(f).join(' ');
  const signed = (closing: string): string => `${f(closing)}\n${slots.name}`;
  switch (style) {
    case 'plain':
      return { text: paragraphs(f(s.hi), ask, signed(s.thanks)), flags: [], writer: 'self', reply: false };
    case 'terse-mobile': {
      const short = /^[A-ZÀ-Þ]/.test(ask) && ask.length < 140 ? ask[0]!.toLowerCase() + ask.slice(1) : ask;
      return { text: paragraphs(short, f(s.mobile)), flags: [], writer: 'self', reply: false };
    }
    case 'polite-verbose':
      return {
        text: paragraphs(f(s.dear), f(s.context), ask, f(s.deadline), signed(s.regards)),
        flags: [],
        writer: 'self',
        reply: false,
      };
    case 'formal-legal':
      return {
        text: paragraphs(
          f(s.dear),
          intro ? f(s.formalIntro) : undefined,
          ask,
          f(s.deadline),
          signed(s.regards),
        ),
        flags: [],
        writer: 'self',
        reply: false,
      };
    case 'agent-firm':
      return {
        text: paragraphs(f(s.dear), f(s.agent), quote(pack.language, ask), f(s.deadline), signed(s.regards)),
        flags: ['agent'],
        writer: 'agent',
        attachment: 'authorisation',
        reply: false,
      };
    case 'parent':
      return {
        text: paragraphs(f(s.hi), f(s.parent), quote(pack.language, ask), signed(s.thanks)),
        flags: ['agent', 'child'],
        writer: 'parent',
        attachment: 'id-card',
        reply: false,
      };
    case 'buried-support':
      return {
        text: paragraphs(f(s.hi), f(s.buriedBefore), ask, f(s.buriedAfter), signed(s.thanks)),
        flags: [],
        writer: 'self',
        reply: false,
      };
    case 'reply-ticket': {
      const quoted = [
        f(s.wrote),
        ...f(s.ack)
          .split('\n')
          .map((line) => `> ${line}`),
      ].join('\n');
      return {
        text: paragraphs(f(s.reply), ask, `${f(s.thanks)}\n${slots.first}`, quoted),
        flags: ['follow_up'],
        writer: 'self',
        reply: true,
      };
    }
    case 'angry':
      return {
        text: paragraphs(f(s.angry), ask, f(s.complaint), slots.name),
        flags: ['complaint'],
        writer: 'self',
        reply: false,
      };
    case 'consumer-group':
      return {
        text: paragraphs(
          f(s.dear),
          f(s.group),
          intro ? f(s.formalIntro) : undefined,
          ask,
          f(s.deadline),
          signed(s.regards),
        ),
        flags: [],
        writer: 'self',
        reply: false,
      };
    case 'non-native':
      return {
        text: paragraphs(f(NON_NATIVE_OPEN), ask, `${f(NON_NATIVE_CLOSE)}\n${slots.name}`),
        flags: [],
        writer: 'self',
        reply: false,
      };
  }
}
