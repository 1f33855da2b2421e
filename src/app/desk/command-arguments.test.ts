import { describe, expect, it } from 'vitest';
import { USAGE } from '../../domain/desk/desk-command.js';
import { parseDeskCommand } from '../../domain/desk/parse-desk-command.js';
import { commandLine, typedCommand, typedDeskCommands } from './command-arguments.js';

const byName = new Map(typedDeskCommands().map((c) => [c.name, c]));
const line = (name: string, values: Record<string, string | number>) =>
  commandLine(byName.get(name)!, new Map(Object.entries(values)));

describe('the desk commands with typed arguments', () => {
  it("lists every command of the grammar's usage table, in its order", () => {
    expect(typedDeskCommands().map((c) => c.name)).toEqual(Object.keys(USAGE));
  });

  it("stays within Discord's limits: 25 options and 25 choices each (the subcommands: rights-command.test.ts)", () => {
    const commands = typedDeskCommands();
    for (const command of commands) {
      expect(command.arguments.length).toBeLessThanOrEqual(25);
      for (const argument of command.arguments)
        if (argument.kind === 'choice') expect(argument.choices.length).toBeLessThanOrEqual(25);
    }
  });

  it('puts free text last (unless every argument is keyed) and required arguments before optional ones, in every command', () => {
    for (const command of typedDeskCommands()) {
      const kinds = command.arguments.map((a) => a.kind);
      if (!command.arguments.every((a) => a.keyed))
        expect(kinds.slice(0, -1), command.name).not.toContain('text');
      const firstOptional = command.arguments.findIndex((a) => !a.required);
      if (firstOptional >= 0)
        expect(
          command.arguments.slice(firstOptional).every((a) => !a.required),
          command.name,
        ).toBe(true);
      for (const argument of command.arguments) expect(argument.name).toMatch(/^[a-z][a-z_-]{0,31}$/);
    }
  });

  it('writes keyed fields back as key=value words the grammar reads, spaces quoted', () => {
    const text = line('new', {
      org: 'importly',
      types: 'access',
      channel: 'post',
      received: '2026-03-01',
      name: 'Jane Doe',
      postal: '1 High St, Leeds',
    });
    expect(text).toBe(
      'new org=importly types=access channel=post received=2026-03-01 name="Jane Doe" postal="1 High St, Leeds"',
    );
    expect(parseDeskCommand(text)).toMatchObject({
      ok: true,
      command: { request: { requesterName: 'Jane Doe', requesterPostalAddress: '1 High St, Leeds' } },
    });
  });

  it('gives a command with no typed arguments yet one free-text field of its arguments as typed', () => {
    const clarify = typedCommand('clarify', 'clarify RD-1042 <question>');
    expect(clarify.arguments).toEqual([
      { name: 'arguments', kind: 'text', required: false, description: 'clarify RD-1042 <question>' },
    ]);
    expect(commandLine(clarify, new Map([['arguments', ' RD-7 which account? ']]))).toBe(
      'clarify RD-7 which account?',
    );
  });

  it('offers reply with the ticket and a required free-text message, written back as the grammar reads it', () => {
    expect(byName.get('reply')?.arguments.map((a) => [a.name, a.kind, a.required])).toEqual([
      ['ticket', 'ticket', true],
      ['text', 'text', true],
    ]);
    expect(parseDeskCommand(line('reply', { ticket: 'RD-7', text: 'We found two accounts.' }))).toEqual({
      ok: true,
      command: { name: 'reply', reference: 'RD-7', text: 'We found two accounts.' },
    });
  });

  it('writes the fields back as one line the grammar parses to the same command', () => {
    expect(
      parseDeskCommand(line('reject', { ticket: 'rd-7', reason: 'duplicate', note: 'as RD-6' })),
    ).toEqual({
      ok: true,
      command: { name: 'reject', reference: 'RD-7', reason: 'duplicate', note: 'as RD-6' },
    });
    expect(
      parseDeskCommand(line('recipient', { ticket: 'RD-7', line: 2, outcome: 'notified' })),
    ).toMatchObject({
      ok: true,
      command: { name: 'recipient', line: 2, outcome: 'notified', note: null },
    });
    expect(line('list', { org: 'importly' })).toBe('list importly');
    expect(
      parseDeskCommand(line('verify', { ticket: 'RD-7', step: 'confirm', method: 'document_checked' })),
    ).toMatchObject({
      ok: true,
      command: { name: 'verify_confirm', method: 'document_checked' },
    });
  });

  it('offers preview with the decision as a choice and its details as text, read back by the grammar', () => {
    expect(byName.get('preview')?.arguments.map((a) => [a.name, a.kind])).toEqual([
      ['ticket', 'ticket'],
      ['decision', 'choice'],
      ['details', 'text'],
    ]);
    expect(
      parseDeskCommand(line('preview', { ticket: 'RD-7', decision: 'reject', details: 'legal_exemption' })),
    ).toEqual({
      ok: true,
      command: {
        name: 'preview',
        reference: 'RD-7',
        decision: { name: 'reject', reason: 'legal_exemption' },
      },
    });
    expect(
      parseDeskCommand(line('preview', { ticket: 'RD-7', decision: 'extend', details: 'many systems' })),
    ).toMatchObject({ ok: true, command: { decision: { name: 'extend', reason: 'many systems' } } });
  });

  it('keeps a stray space in a one-word field from shifting the arguments after it', () => {
    expect(line('classify', { ticket: ' RD-7', types: 'erasure, access' })).toBe(
      'classify RD-7 erasure,access',
    );
  });
});
