import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../command.js';
import { deadlineCommand } from './deadline.js';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(...args: string[]) {
  const out = sink();
  const err = sink();
  const code = await deadlineCommand.run(args, { stdout: out.stream, stderr: err.stream, env: {} });
  return { code, stdout: out.text() };
}

describe('rightsdesk deadline', () => {
  it('prints exactly the contract object for GDPR and 31 January', async () => {
    const { code, stdout } = await run(
      '--jurisdiction',
      'eu-gdpr',
      '--received',
      '2026-01-31T10:00:00Z',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      '{"jurisdiction":"eu-gdpr","due":"2026-03-02","acknowledgeBy":null,"extendedDue":null,' +
        '"explanation":"due 2 Mar: GDPR one month from 31 Jan; 28 Feb is a Saturday, so the next working day"}\n',
    );
  });

  it('applies a pause, a zone and the extension under UK GDPR', async () => {
    const { stdout } = await run(
      ...['--jurisdiction', 'uk-gdpr', '--received', '2026-03-15T09:00:00Z', '--tz', 'Europe/London'],
      ...['--pause', '2026-03-20/2026-03-22', '--extended', '--format', 'json'],
    );
    expect(JSON.parse(stdout)).toMatchObject({
      due: '2026-04-20',
      extendedDue: '2026-06-18',
      acknowledgeBy: null,
    });
  });

  it('gives the CCPA acknowledgement date and says a pause does not count', async () => {
    const { stdout } = await run(
      ...[
        '--jurisdiction',
        'us-ca',
        '--received',
        '2026-01-31T10:00:00Z',
        '--pause',
        '2026-02-01/2026-02-05',
      ],
      '--format',
      'json',
    );
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({ due: '2026-03-17', acknowledgeBy: '2026-02-13', extendedDue: null });
    expect(output.explanation).toContain('pause ignored');
  });

  it('prints the explanation alone with --format text', async () => {
    const { stdout } = await run(
      '--jurisdiction',
      'eu-gdpr',
      '--received',
      '2026-03-15T10:00:00Z',
      '--format',
      'text',
    );
    expect(stdout).toBe('due 15 Apr: GDPR one month from 15 Mar\n');
  });

  it.each([
    [['--jurisdiction', 'eu-xx', '--received', '2026-01-31T10:00:00Z'], /unknown jurisdiction "eu-xx"/],
    [['--received', '2026-01-31T10:00:00Z'], /--jurisdiction is required/],
    [['--jurisdiction', 'eu-gdpr'], /--received is required/],
    [['--jurisdiction', 'eu-gdpr', '--received', '31/01/2026'], /not an ISO-8601 date-time/],
    [['--jurisdiction', 'eu-gdpr', '--received', '2026-02-30T10:00:00Z'], /not an ISO-8601 date-time/],
    [
      ['--jurisdiction', 'eu-gdpr', '--received', '2026-01-31T10:00:00Z', '--tz', 'Europe/Atlantis'],
      /unknown IANA time zone/,
    ],
    [
      ['--jurisdiction', 'uk-gdpr', '--received', '2026-01-31T10:00:00Z', '--pause', '2026-02-05'],
      /expected FROM\/TO/,
    ],
    [
      ['--jurisdiction', 'uk-gdpr', '--received', '2026-01-31T10:00:00Z', '--pause', '2026-02-05/2026-02-01'],
      /FROM is after TO/,
    ],
    [
      ['--jurisdiction', 'uk-gdpr', '--received', '2026-01-31T10:00:00Z', '--format', 'xml'],
      /--format must be json or text/,
    ],
    [
      ['--jurisdiction', 'uk-gdpr', '--received', '2026-01-31T10:00:00Z', '--soon'],
      /Unknown option '--soon'/,
    ],
  ])('refuses %j with a usage error', async (args, message) => {
    const failure = run(...args);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(message);
  });
});
