import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEml } from './read-folder.js';

const dir = mkdtempSync(join(tmpdir(), 'read-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('reading an .eml file', () => {
  const headers = 'From: a@example.org\r\nTo: privacy@importly.example\r\nSubject: hi\r\n\r\n';
  const body = 'x'.repeat(200_000);

  it('reads a file within the limit whole', () => {
    const message = readEml(file('small.eml', headers + 'hello\r\n'), 1_000);
    expect(message.tooLarge).toBe(false);
    expect(message.raw.toString()).toBe(headers + 'hello\r\n');
    expect(message.size).toBe(message.raw.byteLength);
  });

  it('reads only the header block of a file over the limit, and says how big it was', () => {
    const message = readEml(file('big.eml', headers + body), 100_000);
    expect(message.tooLarge).toBe(true);
    expect(message.raw.toString()).toBe(headers);
    expect(message.size).toBe(headers.length + body.length);
  });

  it('finds the end of a header block written with bare line feeds, across a read boundary', () => {
    const long = `X-Padding: ${'p'.repeat(70_000)}\n`;
    const lf = `From: a@example.org\n${long}Subject: hi\n\n`;
    const message = readEml(file('lf.eml', lf + body), 100_000);
    expect(message.raw.toString()).toBe(lf);
  });

  it('stops at a megabyte of headers that never end', () => {
    const message = readEml(file('endless.eml', `X-H: ${'h'.repeat(3_000_000)}`), 100_000);
    expect(message.tooLarge).toBe(true);
    expect(message.raw.byteLength).toBe(1024 * 1024);
  });
});
