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
