// Property fuzz of every place a requester's own text is written out for someone else to read: the
// Slack and Discord ticket cards and thread posts, the tickets CSV, the evidence pack and the letters.
// Texts are built by a seeded generator from the pieces an attacker reaches for (mentions, links,
// markup, formulas, template syntax, bidi and invisible characters, NUL, astral characters), cut at
// random lengths, and each sink's invariant is checked on every one. The same seed gives the same
// texts everywhere, so a failure names its input.
import { describe, expect, it } from 'vitest';
import { clipped, escaped } from '../../src/adapters/discord/discord-text.js';
import { ticketDetail } from '../../src/adapters/discord/render-ticket.js';
import { clip } from '../../src/adapters/slack/slack-limits.js';
import { ticketDetailBlocks } from '../../src/adapters/slack/render-ticket.js';
import { escapeMrkdwn } from '../../src/adapters/slack/slack-text.js';
import { loadTemplates } from '../../src/adapters/templates/handlebars-renderer.js';
import type { TicketView } from '../../src/app/desk/desk-reply.js';
import { templatesDir } from '../../src/compose-requester-mail.js';
import { buildEvidencePack, type EvidenceInput } from '../../src/domain/evidence/evidence-pack.js';
import { csvCell } from '../../src/domain/fulfilment/ticket-csv.js';
import { composeLetter } from '../../src/domain/outbound/letters/compose-letter.js';
import { facts, REQUESTS } from '../../src/domain/outbound/letters/letter-fixtures.test-support.js';
import { seededRandom } from './hostile-variants.js';

const SEED = 5;
const TEXTS = 400;
const PIECES = [
  '<!channel>',
  '<!here>',
  '<!subteam^S123>',
  '@everyone',
  '@here',
  '<@U123ABC>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '<t:0:R>',
  '</rights:1>',
  '<https://evil.example|bank>',
  '[Log in](https://evil.example)',
  '![x](https://t.example/p.png)',
  '<img src=x onerror=alert(1)>',
  'https://evil.example/a_b',
  'www.evil.example',
  '{{greeting}}',
  '{{{privacyAddress}}}',
  '{{#each blocks}}x{{/each}}',
  '${process.env.SECRET}',
  '=HYPERLINK("https://evil.example")',
  '+1',
  '-2',
  '@SUM(1)',
  '\t=1',
  '*bold*',
  '__u__',
  '~s~',
  '||spoiler||',
  '`code`',
  '```',
  '# heading',
  '> quote',
  '-# small',
  '&amp;',
  '&lt;',
  '&',
  '\\',
  '|',
  ',',
  '"',
  "'",
  '\r\n',
  '\n',
  '\u202e',
  '\u200b',
  '\u0000',
  '😀',
  '𝐚',
  'é',
  'Jane',
  ' ',
];

const random = seededRandom(SEED);
const int = (below: number) => Math.floor(random() * below);
const texts = Array.from({ length: TEXTS }, () =>
  Array.from({ length: 1 + int(12) }, () => PIECES[int(PIECES.length)]).join(''),
);
/** Each text with a limit to cut it at: somewhere inside it, so every cut point is met. */
const cuts = texts.map((text) => ({ text, limit: 2 + int(Math.max(text.length, 2)) }));

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What is left of Markdown once every backslash-escaped character is taken out. */
const unescaped = (text: string) => text.replace(/\\[\s\S]/g, '·');

const ticket = (name: string, reason: string) =>
  ({
    reference: 'RD-1001',
    organisationId: 'importly',
    status: 'received',
    types: ['access'],
    language: 'en',
    confidence: 0.8,
    reasons: [`access: "${reason}"`],
    needsTriage: false,
    jurisdiction: 'eu-gdpr',
    due: '2026-02-17',
    deadlineExplanation: null,
    assignee: null,
    requester: { masked: 'j***@example.org', full: { address: 'jane@example.org', name } },
    flags: [],
    allowedActions: [],
    stateActions: [],
    version: 1,
  }) as unknown as TicketView;

describe('requester text in Slack', () => {
  it('a ticket card holds no mention, link or raw entity from it', () => {
    for (const text of texts) {
      const blocks = JSON.stringify(ticketDetailBlocks(ticket(text, text)));
      const mrkdwn = [...blocks.matchAll(/"type":"mrkdwn","text":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
      for (const shown of mrkdwn) {
        expect(shown, text).not.toMatch(/<|&(?!amp;|lt;|gt;)/);
      }
    }
  });

  it('a thread post cut to any length keeps no half entity and splits no character', () => {
    for (const { text, limit } of cuts) {
      const posted = clip(escapeMrkdwn(text), limit);
      expect(posted, text).not.toMatch(/<|&(?!amp;|lt;|gt;)/);
      if (!LONE_SURROGATE.test(text)) expect(LONE_SURROGATE.test(posted), text).toBe(false);
    }
  });
});

describe('requester text in Discord', () => {
  const active = /<[@#:/]|<[at]:|^(#|>|-#)|[*_`[]|~~|\|\|/m;

  it('a ticket card formats nothing from it', () => {
    for (const text of texts) {
      const [embed] = ticketDetail(ticket(text, text)).embeds ?? [];
      const description = (embed?.description ?? '').replace(/\*\*(Requester|Jurisdiction|Why)\*\*/g, '');
      expect(unescaped(description), text).not.toMatch(active);
    }
  });

  it('a thread post cut to any length formats nothing and splits no character', () => {
    for (const { text, limit } of cuts) {
      const posted = clipped(escaped(text), limit);
      expect(unescaped(posted), text).not.toMatch(active);
      if (!LONE_SURROGATE.test(text)) expect(LONE_SURROGATE.test(posted), text).toBe(false);
    }
  });
});

describe('requester text in exports', () => {
  it('a CSV cell reads back as the text, behind an apostrophe when a spreadsheet would run it', () => {
    for (const text of texts) {
      const cell = csvCell(text);
      const quoted = cell.startsWith('"');
      const content = quoted ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(quoted || !/[",\r\n]/.test(cell), text).toBe(true);
      expect(content, text).not.toMatch(/^[=+\-@\t\r]/);
      expect([text, `'${text}`], text).toContain(content);
    }
  });

  it('the evidence pack shows the name as text, never as an image, link, tag or formatting', () => {
    const base = { reference: 'RD-1', organisationId: 'importly', status: 'received' };
    for (const text of texts) {
      const pack = buildEvidencePack({
        ...base,
        jurisdiction: 'eu-gdpr',
        types: ['access'],
        requester: { address: 'jane@example.org', name: text },
        receivedAt: '2026-03-01T10:00:00.000Z',
        verifiedAt: null,
        closedAt: null,
        deadline: null,
        verifications: [],
        letters: [],
        recipients: [],
        tasks: [],
        events: [],
        generatedAt: '2026-04-02T00:00:00.000Z',
        reveal: true,
      } satisfies EvidenceInput);
      const line = pack.split('\n').find((l) => l.startsWith('- Requester: '));
      expect(line, text).toBeDefined();
      const name = line!.slice('- Requester: '.length, -' <jane@example.org>'.length);
      expect(unescaped(name), text).not.toMatch(/[[\]()<>!*_`~&#|\\]|:\/\/|www\./);
    }
  });
});

describe('requester text in letters', () => {
  const renderer = loadTemplates(templatesDir);

  it('the name in a greeting is printed as written in the text part and escaped in the HTML part', () => {
    for (const text of texts) {
      const composed = composeLetter(
        REQUESTS.outcome_fulfilled,
        { ...facts('eu-gdpr'), requesterName: text },
        'en',
      );
      if (!composed.ok) throw new Error(composed.code);
      if (!composed.letter.greeting.includes(text)) continue;
      const rendered = renderer.render({ template: 'outcome_fulfilled', data: composed.letter });
      expect(rendered.text, text).toContain(composed.letter.greeting);
      expect(rendered.html, text).not.toMatch(/<(?!\/?(p|ul|li|br|strong|code|html|body)\b|!doctype)/);
    }
  });
});
