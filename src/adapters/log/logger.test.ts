import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture(): { stream: PassThrough; lines: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, lines: () => text };
}

describe('logs keep personal data out', () => {
  it('redacts address, name and body fields at any depth', async () => {
    const out = capture();
    const log = createLogger('info', out.stream);
    log.info(
      { requesterAddress: 'jane@example.com', ticket: { subject: 'my divorce', reference: 'RD-1001' } },
      'stored',
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.lines()).not.toContain('jane@example.com');
    expect(out.lines()).not.toContain('my divorce');
    expect(out.lines()).toContain('RD-1001');
  });

  it('masks an address quoted in an error message, such as an SMTP rejection', async () => {
    const out = capture();
    const log = createLogger('info', out.stream);
    log.error(
      { err: new Error('550 5.1.1 <jane.roe@example.com>: Recipient address rejected') },
      'send failed',
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.lines()).not.toContain('jane.roe@example.com');
    expect(out.lines()).toContain('j***@example.com');
  });
});

describe('redaction at any depth', () => {
  const logged = async (object: Record<string, unknown>) => {
    const out = capture();
    createLogger('info', out.stream).info(object, 'event');
    await new Promise((resolve) => setImmediate(resolve));
    return out.lines();
  };

  it('redacts a personal field three levels down, and keeps the rest', async () => {
    const line = await logged({ a: { b: { requesterAddress: 'jane@example.com', reference: 'RD-1042' } } });
    expect(line).not.toContain('jane@example.com');
    expect(JSON.parse(line)).toMatchObject({
      a: { b: { requesterAddress: '[redacted]', reference: 'RD-1042' } },
    });
  });

  it('redacts fields inside arrays of objects', async () => {
    const line = await logged({ batch: [{ email: 'a.b@example.org' }, { name: 'Jane Roe' }] });
    expect(line).not.toContain('a.b@example.org');
    expect(line).not.toContain('Jane Roe');
  });

  it('masks an address in the cause of an error nested in another object', async () => {
    const cause = new Error('550 <joe.public@example.net> unknown');
    const line = await logged({ job: { failure: new Error('send failed', { cause }) } });
    expect(line).not.toContain('joe.public@example.net');
    expect(JSON.parse(line)).toMatchObject({
      job: {
        failure: {
          message: 'send failed',
          cause: { message: expect.stringContaining('j***@example.net') as string },
        },
      },
    });
  });

  it('masks an address in the cause chain of the err field', async () => {
    const line = await logged({
      err: new Error('outer', { cause: new Error('inner', { cause: new Error('rcpt mary@example.com') }) }),
    });
    expect(line).not.toContain('mary@example.com');
    expect(line).toContain('inner');
  });

  it('ends at a cycle instead of looping', async () => {
    const node: Record<string, unknown> = { reference: 'RD-1' };
    node['self'] = node;
    const line = await logged({ node });
    expect(JSON.parse(line)).toMatchObject({ node: { reference: 'RD-1', self: '[cut]' } });
  });
});
