// Integrity of the held-out evaluation sets (heldout/ to heldout19/): each written independently of the
// classifier, so these checks guard only their shape. Labels must follow the labelling guide's enumerations and its
// rule that `not_a_request` never combines; every message must be RFC 5322 with CRLF and decode to a text body.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REQUEST_TYPES } from '../../src/domain/request-types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SETS = [
  { folder: 'heldout', file: /^h\d{3}\.eml$/ },
  { folder: 'heldout2', file: /^k\d{3}\.eml$/ },
  { folder: 'heldout3', file: /^m\d{3}\.eml$/ },
  { folder: 'heldout4', file: /^p\d{3}\.eml$/ },
  { folder: 'heldout5', file: /^q\d{3}\.eml$/ },
  { folder: 'heldout6', file: /^r\d{3}\.eml$/ },
  { folder: 'heldout7', file: /^s\d{3}\.eml$/ },
  { folder: 'heldout8', file: /^t\d{3}\.eml$/ },
  { folder: 'heldout9', file: /^u\d{3}\.eml$/ },
  { folder: 'heldout10', file: /^v\d{3}\.eml$/ },
  { folder: 'heldout11', file: /^w\d{3}\.eml$/ },
  { folder: 'heldout12', file: /^x\d{3}\.eml$/ },
  { folder: 'heldout13', file: /^y\d{3}\.eml$/ },
  { folder: 'heldout14', file: /^z\d{3}\.eml$/ },
  { folder: 'heldout15', file: /^za\d{3}\.eml$/ },
  { folder: 'heldout16', file: /^zb\d{3}\.eml$/ },
  { folder: 'heldout17', file: /^zc\d{3}\.eml$/ },
  { folder: 'heldout18', file: /^zd\d{3}\.eml$/ },
  { folder: 'heldout19', file: /^ze\d{3}\.eml$/ },
];
const TYPES = REQUEST_TYPES;
const MAILBOXES: Record<string, readonly string[]> = {
  importly: ['privacy@importly.example'],
  mediaconvert: ['support@mediaconvert.io'],
  zmapi: ['privacy@zmapi.example', 'dpo@zmapi.example'],
};
const SENDER_DOMAIN = /@(?:[a-z0-9-]+\.)*(?:example\.com|example\.org|example\.net|mail\.example)$/i;

const labelOf = (pattern: RegExp) => z.strictObject({
  file: z.string().regex(pattern),
  org: z.enum(['importly', 'mediaconvert', 'zmapi']),
  types: z
    .array(z.enum(TYPES))
    .min(1)
    .refine((types) => !types.includes('not_a_request') || types.length === 1, {
      message: 'not_a_request never combines with another type',
    })
    .refine((types) => new Set(types).size === types.length, { message: 'types repeat' }),
  flags: z.array(z.enum(['auto', 'agent', 'child', 'regulator', 'follow_up', 'complaint'])),
  language: z.string().regex(/^[a-z]{2}$/),
  note: z.string().min(1),
});

describe.each(SETS)('the held-out evaluation set $folder', ({ folder, file: pattern }) => {
  const HELDOUT = join(ROOT, folder);
  const labels = z.array(labelOf(pattern)).parse(JSON.parse(readFileSync(join(HELDOUT, 'labels.json'), 'utf8')));

  it('labels every .eml file in the folder exactly once', () => {
    const onDisk = readdirSync(HELDOUT).filter((f) => f.endsWith('.eml'));
    const labelled = labels.map((l) => l.file);
    expect(new Set(labelled).size).toBe(labelled.length);
    expect([...labelled].sort()).toEqual([...onDisk].sort());
    for (const file of labelled) expect(existsSync(join(HELDOUT, file))).toBe(true);
  });

  it('keeps roughly seven requests in ten and covers at least twenty languages', () => {
    const share = labels.filter((l) => l.types.includes('not_a_request')).length / labels.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.4);
    expect(new Set(labels.map((l) => l.language)).size).toBeGreaterThanOrEqual(20);
  });

  it('parses every message with CRLF line ends, its own mailbox as recipient and a text body', async () => {
    for (const label of labels) {
      const raw = readFileSync(join(HELDOUT, label.file));
      const text = raw.toString('latin1');
      expect(text.replace(/\r\n/g, '').includes('\n'), `${label.file} has a bare LF`).toBe(false);
      const email = await PostalMime.parse(raw);
      expect(email.messageId, label.file).toMatch(/^<.+@.+>$/);
      expect(email.date, label.file).toBeTruthy();
      expect(email.from?.address ?? '', label.file).toMatch(SENDER_DOMAIN);
      const to = (email.to ?? []).map((a) => a.address);
      expect(MAILBOXES[label.org], label.file).toContain(to[0]);
      expect((email.text ?? email.html ?? '').trim().length, label.file).toBeGreaterThan(0);
    }
  });

  it('flags list mail, auto-replies and bounces as auto and threaded replies as follow-ups', async () => {
    for (const label of labels) {
      const email = await PostalMime.parse(readFileSync(join(HELDOUT, label.file)));
      const header = (name: string) => email.headers.some((h) => h.key === name);
      const automatic =
        header('list-id') ||
        header('auto-submitted') ||
        /multipart\/report/i.test(email.headers.find((h) => h.key === 'content-type')?.value ?? '');
      expect(label.flags.includes('auto'), label.file).toBe(automatic);
      if (header('in-reply-to')) expect(label.flags, label.file).toContain('follow_up');
      if (label.flags.includes('auto')) expect(label.types, label.file).toEqual(['not_a_request']);
    }
  });
});
