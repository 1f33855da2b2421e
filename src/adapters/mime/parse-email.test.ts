import { describe, expect, it } from 'vitest';
import { defaultParseOptions, parseEmail } from './parse-email.js';

const CRLF = '\r\n';
const b64 = (text: string) => Buffer.from(text).toString('base64');
const message = (headers: string, body = 'hello') =>
  Buffer.from(
    `From: "Jane \u202eRoe\u001b[2J" <jane@example.org>${CRLF}To: privacy@example.com${CRLF}Message-ID: <p@example.org>${CRLF}${headers}${CRLF}${body}${CRLF}`,
  );

describe('parseEmail on hostile text', () => {
  it('gives a subject as one line without control or bidi characters', async () => {
    const email = await parseEmail(
      message(`Subject: =?utf-8?B?${b64('Acc\u0007\u001b[31m\u202e\r\nss')}?=${CRLF}`),
    );
    expect(email.subject).toBe('Acc [31m ss');
    expect(email.from?.name).toBe('Jane Roe[2J');
  });

  it('drops invisible characters and directional marks from a name and a subject, keeping joiners', async () => {
    const email = await parseEmail(
      Buffer.from(
        `From: "Ad\u200bmin\u2060 \ufeffDesk\u200f" <a@example.org>${CRLF}` +
          `Subject: @\u2060everyone re\u00adfund \u{1f469}\u200d\u{1f4bb}${CRLF}${CRLF}hi${CRLF}`,
      ),
    );
    expect([email.from?.name, email.subject]).toEqual([
      'Admin Desk',
      '@everyone refund \u{1f469}\u200d\u{1f4bb}',
    ]);
  });

  it('cuts a subject at the 998 characters of an RFC 5322 line', async () => {
    const words = Array.from({ length: 300 }, () => `=?utf-8?Q?${'s'.repeat(60)}?=`).join(`${CRLF} `);
    const email = await parseEmail(message(`Subject: ${words}${CRLF}`));
    expect(email.subject).toBe('s'.repeat(998));
  });

  it('keeps only the last segment of an attachment file name, and no name at all for ".."', async () => {
    const part = (name: string) =>
      `--b${CRLF}Content-Type: application/pdf${CRLF}Content-Disposition: attachment; filename="${name}"${CRLF}${CRLF}x${CRLF}`;
    const email = await parseEmail(
      message(
        `Subject: s${CRLF}MIME-Version: 1.0${CRLF}Content-Type: multipart/mixed; boundary="b"${CRLF}`,
        `--b${CRLF}Content-Type: text/plain${CRLF}${CRLF}hi${CRLF}${part('../../etc/x.pdf')}${part('C:\\\\Users\\\\..')}${part(`${'n'.repeat(300)}.pdf`)}--b--`,
      ),
    );
    expect(email.attachments.map((a) => a.filename)).toEqual(['x.pdf', null, 'n'.repeat(255)]);
  });

  it('shows a control character of the body as a replacement character, keeping tabs and lines', async () => {
    const email = await parseEmail(message(`Subject: s${CRLF}`, `a\tb${CRLF}c\u001b[2Jd\u0007`));
    expect(email.text).toBe('a\tb\nc\ufffd[2Jd\ufffd\n');
  });

  it('hands the classifier a bounded prefix: a 10 MB line of HTML gives at most INTAKE_MAX_TEXT_CHARS of text', async () => {
    const html = `<p>${'delete my data '.repeat(700_000)}</p>`;
    const email = await parseEmail(message(`Subject: s${CRLF}Content-Type: text/html${CRLF}`, html));
    expect(html.length).toBeGreaterThan(10_000_000);
    expect(email.text.length).toBeLessThanOrEqual(defaultParseOptions.maxTextChars);
    expect(email.text.length).toBeGreaterThan(defaultParseOptions.maxTextChars / 2);
  });

  it('refuses a message with two From fields: the sender to answer is ambiguous', async () => {
    const twice = Buffer.from(
      `From: Victim <victim@example.org>${CRLF}From: Someone <someone@example.net>${CRLF}To: privacy@example.com${CRLF}Subject: s${CRLF}${CRLF}hi${CRLF}`,
    );
    await expect(parseEmail(twice)).rejects.toThrow(/^2 From header fields: the sender is ambiguous/);
  });

  it('reads unencoded 8-bit headers that are not UTF-8 as Windows-1252, and UTF-8 ones as they are', async () => {
    const latin1 = Buffer.from(
      `From: J\u00fcrgen M\u00fcller <jm@example.org>${CRLF}To: privacy@example.com${CRLF}Subject: Auskunft \u00fcber \u0080${CRLF}` +
        `Content-Type: text/plain; charset=utf-8${CRLF}${CRLF}`,
      'latin1',
    );
    const body = Buffer.from('Grüße', 'utf8');
    const email = await parseEmail(Buffer.concat([latin1, body]));
    expect(email.from?.name).toBe('Jürgen Müller');
    expect(email.subject).toBe('Auskunft über €');
    expect(email.text.trim()).toBe('Grüße');
    const utf8 = await parseEmail(
      Buffer.from(`From: Jürgen <j@example.org>${CRLF}Subject: Grüße${CRLF}${CRLF}hi${CRLF}`, 'utf8'),
    );
    expect([utf8.from?.name, utf8.subject]).toEqual(['Jürgen', 'Grüße']);
  });
});

describe('parseEmail on a display name that holds an address', () => {
  const from = (header: string) =>
    Buffer.from(`From: ${header}${CRLF}To: privacy@example.com${CRLF}Subject: s${CRLF}${CRLF}hi${CRLF}`);

  it('drops the name, keeping the address the mail came from', async () => {
    const email = await parseEmail(from('"ceo@importly.example" <mallory@example.net>'));
    expect(email.from).toEqual({ address: 'mallory@example.net', name: '' });
    const wrapped = await parseEmail(from('"Support (help@zmapi.example)" <mallory@example.net>'));
    expect(wrapped.from?.name).toBe('');
  });

  it('keeps an ordinary name, an "at" in words and a handle with @', async () => {
    expect((await parseEmail(from('"Jane Roe" <jane@example.org>'))).from?.name).toBe('Jane Roe');
    expect((await parseEmail(from('"Jane at Roe Ltd" <jane@example.org>'))).from?.name).toBe(
      'Jane at Roe Ltd',
    );
    expect((await parseEmail(from('"@janeroe" <jane@example.org>'))).from?.name).toBe('@janeroe');
  });
});

describe('parseEmail on a From field that names no single plain address', () => {
  const from = (header: string) =>
    Buffer.from(`From: ${header}${CRLF}To: privacy@example.com${CRLF}Subject: s${CRLF}${CRLF}hi${CRLF}`);

  it('answers no address that an encoded word, a quoted local part or a source route hides', async () => {
    const hidden = [
      `=?utf-8?B?${b64('<victim@example.org>')}?=`,
      `Jane <=?utf-8?B?${b64('victim@example.org')}?=>`,
      '"victim@example.org"@example.net',
      '<@example.net:victim@example.org>',
    ];
    const senders = await Promise.all(hidden.map(async (h) => (await parseEmail(from(h))).from));
    expect(senders).toEqual([null, null, null, null]);
  });

  it('keeps the address written beside an encoded name, in any case', async () => {
    const email = await parseEmail(from(`=?utf-8?B?${b64('Jane Roe')}?= <Jane@Example.ORG>`));
    expect(email.from).toEqual({ address: 'jane@example.org', name: 'Jane Roe' });
  });

  it('refuses a From of several addresses or a group of several: whom to answer is ambiguous', async () => {
    await expect(parseEmail(from('victim@example.org, mallory@example.net'))).rejects.toThrow(
      /^2 addresses in From: the sender is ambiguous/,
    );
    await expect(parseEmail(from('Team: victim@example.org, mallory@example.net;'))).rejects.toThrow(
      /^2 addresses in From: the sender is ambiguous/,
    );
  });

  it('refuses two addresses written without a comma, which a parser reads as one mailbox named after the other', async () => {
    for (const field of [
      '<victim@example.org> <mallory@example.net>',
      'victim@example.org mallory@example.net',
      'Alice <victim@example.org> <mallory@example.net>',
      'victim@example.org <mallory@example.net>',
    ])
      await expect(parseEmail(from(field)), field).rejects.toThrow(
        /^2 addresses in From: the sender is ambiguous/,
      );
  });

  it('takes one address written twice, or an address inside a quoted name or a comment, as one sender', async () => {
    const senders = await Promise.all(
      [
        'jane@example.org <jane@example.org>',
        '"jane@example.org" <Jane@example.org>',
        '"ceo@importly.example" <jane@example.org>',
        'jane@example.org (was ceo@importly.example)',
      ].map(async (field) => (await parseEmail(from(field))).from?.address),
    );
    expect(senders).toEqual(['jane@example.org', 'jane@example.org', 'jane@example.org', 'jane@example.org']);
  });
});
