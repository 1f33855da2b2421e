// Writes one RFC 5322 / MIME message as CRLF text: RFC 2047 encoded words for non-ASCII headers, RFC 2045
// quoted-printable and base64 bodies, legacy charsets, HTML-only and multipart bodies, a stub attachment.
// Written by hand rather than with a mail library so that every byte follows from the seed alone
// (boundaries and Message-IDs come from the caller, not from a random source).

export type TransferEncoding = 'quoted-printable' | 'base64' | '8bit' | '7bit';

export interface Address {
  name: string;
  address: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MailSpec {
  from: Address;
  to: string;
  cc?: string;
  date: string;
  messageId: string;
  subject: string;
  inReplyTo?: string;
  references?: string;
  /** trace and client headers written before the MIME headers (ASCII values) */
  extraHeaders: readonly (readonly [string, string])[];
  text: string;
  html?: string;
  htmlOnly: boolean;
  charset: string;
  encoding: TransferEncoding;
  boundary: string;
  attachment?: Attachment;
}

const CRLF = '\r\n';
const reverseTables = new Map<string, Map<number, number>>();

/** Byte table of a single-byte charset, read back from the platform's decoder. */
function reverseTable(charset: string): Map<number, number> {
  const cached = reverseTables.get(charset);
  if (cached) return cached;
  const decoder = new TextDecoder(charset);
  const table = new Map<number, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const char = decoder.decode(Uint8Array.of(byte));
    if (char.length === 1 && char !== '\uFFFD') table.set(char.charCodeAt(0), byte);
  }
  reverseTables.set(charset, table);
  return table;
}

export function canEncode(text: string, charset: string): boolean {
  if (charset === 'utf-8') return true;
  const table = reverseTable(charset);
  for (const char of text) if (!table.has(char.charCodeAt(0)) || char.length > 1) return false;
  return true;
}

export function encodeText(text: string, charset: string): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const table = reverseTable(charset);
  return Buffer.from([...text].map((char) => table.get(char.charCodeAt(0)) ?? 0x3f));
}

const isAscii = (value: string): boolean => /^[\x20-\x7e]*$/.test(value);

/** RFC 2047 B-encoded words, each under 75 characters, never splitting a character. */
export function encodeWords(value: string): string {
  if (isAscii(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (Buffer.byteLength(chunk + char, 'utf8') > 42) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** Folds an ASCII header at spaces so no line passes 78 characters (RFC 5322 2.2.3). */
function foldHeader(name: string, value: string): string {
  const encoded = encodeWords(value);
  if (encoded !== value) return `${name}: ${encoded}`;
  const words = value.split(' ');
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > 76 && line.length > name.length + 1) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

function formatAddress(address: Address): string {
  if (!address.name) return address.address;
  const name = isAscii(address.name) ? `"${address.name.replace(/["\\]/g, '')}"` : encodeWords(address.name);
  return `${name} <${address.address}>`;
}

/** RFC 2045 6.7 quoted-printable over bytes, with soft line breaks before 76 characters. */
export function quotedPrintable(bytes: Buffer): string {
  const out: string[] = [];
  let line = '';
  const push = (token: string): void => {
    if (line.length + token.length > 75) {
      out.push(`${line}=`);
      line = '';
    }
    line += token;
  };
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    if (byte === 0x0d && bytes[i + 1] === 0x0a) {
      const last = line.at(-1);
      if (last === ' ' || last === '\t') line = `${line.slice(0, -1)}=${last === ' ' ? '20' : '09'}`;
      out.push(line);
      line = '';
      i += 1;
      continue;
    }
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 || byte === 9;
    push(literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  out.push(line);
  return out.join(CRLF);
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** Wraps each paragraph line at spaces to 76 characters, as mail clients do for 7bit and 8bit bodies. */
export function wrapText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= 76) return line;
      // Quoted history keeps its "> " prefix on every wrapped line.
      const prefix = line.startsWith('> ') ? '> ' : '';
      const words = line.slice(prefix.length).split(' ');
      const lines: string[] = [];
      let current = '';
      for (const word of words) {
        if (current && prefix.length + current.length + 1 + word.length > 76) {
          lines.push(prefix + current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      lines.push(prefix + current);
      return lines.join('\n');
    })
    .join('\n');
}

function bodyPart(content: string, type: string, charset: string, encoding: TransferEncoding): string {
  const crlf = content.replace(/\r?\n/g, CRLF);
  const head = `Content-Type: ${type}; charset="${charset}"${CRLF}Content-Transfer-Encoding: ${encoding}`;
  if (encoding === 'quoted-printable')
    return `${head}${CRLF}${CRLF}${quotedPrintable(encodeText(crlf, charset))}`;
  if (encoding === 'base64') return `${head}${CRLF}${CRLF}${base64Lines(encodeText(crlf, charset))}`;
  // 8bit bodies travel as raw bytes in the charset; the message is assembled as a binary (latin1) string.
  const wrapped = wrapText(content).replace(/\r?\n/g, CRLF);
  return `${head}${CRLF}${CRLF}${encodeText(wrapped, charset).toString('latin1')}`;
}

export function renderMessage(spec: MailSpec): Buffer {
  const head: string[] = [];
  for (const [name, value] of spec.extraHeaders.slice(0, 2)) head.push(`${name}: ${value}`);
  head.push(`Date: ${spec.date}`);
  head.push(`From: ${formatAddress(spec.from)}`);
  head.push(`To: ${spec.to}`);
  if (spec.cc) head.push(`Cc: ${spec.cc}`);
  head.push(foldHeader('Subject', spec.subject));
  head.push(`Message-ID: ${spec.messageId}`);
  if (spec.inReplyTo) head.push(`In-Reply-To: ${spec.inReplyTo}`);
  if (spec.references) head.push(`References: ${spec.references}`);
  for (const [name, value] of spec.extraHeaders.slice(2)) head.push(`${name}: ${value}`);
  head.push('MIME-Version: 1.0');

  const textPart = (): string => bodyPart(spec.text, 'text/plain', spec.charset, spec.encoding);
  const htmlPart = (): string => bodyPart(spec.html ?? '', 'text/html', spec.charset, spec.encoding);
  let content: string;
  if (spec.htmlOnly && spec.html) content = htmlPart();
  else if (spec.html) {
    const alt = `${spec.boundary}_alt`;
    content = [
      `Content-Type: multipart/alternative;${CRLF}\tboundary="${alt}"`,
      '',
      `--${alt}`,
      textPart(),
      `--${alt}`,
      htmlPart(),
      `--${alt}--`,
      '',
    ].join(CRLF);
  } else content = textPart();

  if (spec.attachment) {
    const { filename, contentType, content: bytes } = spec.attachment;
    content = [
      `Content-Type: multipart/mixed;${CRLF}\tboundary="${spec.boundary}"`,
      '',
      'This is a multi-part message in MIME format.',
      '',
      `--${spec.boundary}`,
      content,
      `--${spec.boundary}`,
      `Content-Type: ${contentType}; name="${filename}"`,
      `Content-Disposition: attachment;${CRLF}\tfilename="${filename}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(bytes),
      `--${spec.boundary}--`,
      '',
    ].join(CRLF);
  }
  return Buffer.from(`${head.join(CRLF)}${CRLF}${content}${CRLF}`, 'latin1');
}
