/**
 * What staff read of a quarantined message (issue 15, item 8): its header block and text, with
 * personal data masked unless they ask to see it. The bytes may be exactly what the MIME parser
 * refused, so the headers are read from the raw block here, not from a parser's result.
 */
import { maskAddress, maskAddressesIn, maskName } from '../redaction.js';

export interface QuarantinedView {
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  readonly text: string;
}

/** Headers whose value is a list of people: their display names go too, not only the addresses. */
const ADDRESS_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'reply-to',
  'sender',
  'return-path',
  'delivered-to',
  'x-original-to',
]);
/**
 * The lookbehinds start a match only where a run starts, so each run is read once: without them a
 * From of 80 KB with no `@` or `<` cost about 13 s (quadratic), and a 1 MB one held `quarantine show`.
 */
const ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

/**
 * `parsedText` is the parser's text when the message parses (only routing failed); otherwise the
 * body is shown as it was received, decoded as UTF-8.
 */
export function viewQuarantined(
  raw: Uint8Array,
  parsedText: string | null,
  { reveal }: { readonly reveal: boolean },
): QuarantinedView {
  const whole = printable(new TextDecoder('utf-8').decode(raw));
  const blank = /\r?\n\r?\n/.exec(whole);
  const firstBlock = blank ? whole.slice(0, blank.index) : whole;
  // Bytes that do not even start with a header are shown whole, as text.
  const split = HEADER_LINE.test(whole) ? blank : null;
  const headerBlock = HEADER_LINE.test(whole) ? firstBlock : '';
  const body = split ? whole.slice(split.index + split[0].length) : headerBlock ? '' : whole;
  const headers = unfold(headerBlock);
  const text = parsedText === null ? body : printable(parsedText);
  if (reveal) return { headers, text };
  // The people named in address headers are masked wherever they appear: a signature, a subject. They
  // are read from the first block even when it does not start as a header (a NUL in the first field
  // name, an mbox `From ` line), since the text then shows that block, names and all.
  const names = new Set(
    unfold(firstBlock)
      .filter((h) => ADDRESS_HEADERS.has(h.name.toLowerCase()))
      .flatMap((h) => [...h.value.matchAll(DISPLAY_NAME)].map((m) => (m[1] ?? m[2] ?? '').trim()))
      .filter((name) => name.length > 1 && !name.includes('@')),
  );
  const maskText = (value: string) => maskNames(maskAddressesIn(value), [...names]);
  return {
    headers: headers.map(({ name, value }) => ({
      name,
      value: ADDRESS_HEADERS.has(name.toLowerCase()) ? maskPeople(value) : maskText(value),
    })),
    text: maskText(text),
  };
}

const HEADER_LINE = /^[!-9;-~]+:/;
/** `"Jane Roe" <jane@…>` or `Jane Roe <jane@…>`: the display name before an angle address. */
const DISPLAY_NAME = /(?:"([^"]+)"|(?<![^,<>"])([^,<>"]+))\s*</g;

/** Terminal control sequences in hostile mail must not reach the operator's terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- exactly the control characters are replaced
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}

/** RFC 5322 §2.2.3: a line that starts with white space continues the header above it. */
function unfold(block: string): { name: string; value: string }[] {
  const headers: { name: string; value: string }[] = [];
  for (const line of block.split(/\r?\n/)) {
    const last = headers.at(-1);
    if (/^[ \t]/.test(line) && last) {
      last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}

/** Up to this many people are masked where their whole name appears; each name costs a pass over the text. */
const WHOLE_NAMES = 20;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Each name as its initials. Beyond WHOLE_NAMES (a To of 100,000 names over a 1 MB body was about 10^11
 * steps) every word of any of the names is masked wherever it stands, in one pass: more is hidden, none
 * of them is shown.
 */
function maskNames(text: string, names: readonly string[]): string {
  if (names.length <= WHOLE_NAMES)
    return names.reduce((masked, name) => masked.split(name).join(maskName(name)), text);
  const words = new Set(names.flatMap((name) => name.match(WORD) ?? []));
  return text.replace(WORD, (word) =>
    words.has(word) ? `${String.fromCodePoint(word.codePointAt(0)!)}.` : word,
  );
}

function maskPeople(value: string): string {
  const addresses = value.match(ADDRESS) ?? [];
  return addresses.length > 0 ? addresses.map(maskAddress).join(', ') : '***';
}
