import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/errors.js';
import { UsageError } from './command.js';
import { describeFailure } from './describe-failure.js';

describe('describeFailure', () => {
  it('a usage mistake is one line naming the command and its usage, exit 2', () => {
    const failure = describeFailure(
      'ingest',
      'rightsdesk ingest PATH...',
      new UsageError('unknown option --x'),
    );
    expect(failure).toEqual({
      line: 'rightsdesk ingest: unknown option --x (usage: rightsdesk ingest PATH...)',
      exitCode: 2,
      expected: true,
    });
  });

  it('a configuration mistake lists every problem on one line, exit 2', () => {
    const failure = describeFailure(
      'status',
      undefined,
      new ConfigError([
        'environment: LOG_LEVEL: invalid option',
        'environment: INTAKE_BATCH_SIZE: too small',
      ]),
    );
    expect(failure.line).toBe(
      'rightsdesk status: invalid configuration: environment: LOG_LEVEL: invalid option; environment: INTAKE_BATCH_SIZE: too small',
    );
    expect(failure.line).not.toContain('\n');
    expect(failure.exitCode).toBe(2);
    expect(failure.expected).toBe(true);
  });

  it('a server that cannot be reached is an expected runtime failure, found through the error cause, exit 1', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const failure = describeFailure(
      'run',
      undefined,
      new Error('could not open the database', { cause: refused }),
    );
    expect(failure).toEqual({
      line: 'rightsdesk run: cannot reach a server (ECONNREFUSED): could not open the database',
      exitCode: 1,
      expected: true,
    });
  });

  it("Prisma's unreachable-database message counts as unreachable even without a code", () => {
    const failure = describeFailure(
      'status',
      undefined,
      new Error("\nCan't reach database server at `db:5432`\n"),
    );
    expect(failure.exitCode).toBe(1);
    expect(failure.expected).toBe(true);
    expect(failure.line).toBe(
      "rightsdesk status: cannot reach a server: Can't reach database server at `db:5432`",
    );
  });

  it('anything else is a bug: its first line, exit 1, and the caller adds the stack', () => {
    const failure = describeFailure('purge', undefined, new TypeError('x is undefined\n  at somewhere'));
    expect(failure).toEqual({ line: 'rightsdesk purge: x is undefined', exitCode: 1, expected: false });
  });
});
