import { describe, expect, it } from 'vitest';
import { USAGE } from '../../domain/desk/desk-command.js';
import { discordLayout, discordPath, MAX_OPTIONS_PER_LEVEL } from './command-groups.js';
import { rightsCommand } from './rights-command.js';

interface Option {
  readonly name: string;
  readonly description: string;
  readonly type: number;
  readonly options?: readonly Option[];
  readonly choices?: readonly { readonly name: string; readonly value: string | number }[];
}

const SUBCOMMAND = 1;
const GROUP = 2;
const command = rightsCommand(['ManageMessages']);
const top = command.options as readonly Option[];

/** Every subcommand reached from `/rights`, with the path a person types. */
function reachable(): Map<string, string> {
  const found = new Map<string, string>();
  for (const option of top) {
    if (option.type === SUBCOMMAND) found.set(option.name, `/rights ${option.name}`);
    if (option.type === GROUP)
      for (const sub of option.options ?? []) found.set(sub.name, `/rights ${option.name} ${sub.name}`);
  }
  return found;
}

/** Discord counts the names, descriptions and choice values of a command and all its options together. */
function combinedCharacters(options: readonly Option[]): number {
  return options.reduce(
    (sum, o) =>
      sum +
      o.name.length +
      o.description.length +
      (o.choices ?? []).reduce((s, c) => s + c.name.length + String(c.value).length, 0) +
      combinedCharacters(o.options ?? []),
    0,
  );
}

function everyOption(options: readonly Option[]): Option[] {
  return options.flatMap((o) => [o, ...everyOption(o.options ?? [])]);
}

describe('/rights as registered with Discord', () => {
  it('reaches every command of the desk grammar, each by the path discordPath names', () => {
    const found = reachable();
    for (const name of Object.keys(USAGE)) expect(found.get(name), name).toBe(discordPath(name));
    expect([...found.keys()].sort()).toEqual(Object.keys(USAGE).sort());
  });

  it('puts the decisions in the decide group: /rights decide approve', () => {
    expect(discordPath('approve')).toBe('/rights decide approve');
    expect(discordPath('show')).toBe('/rights show');
  });

  it("keeps to Discord's limits: 25 options a level, 25 choices, names of 1 to 32 lower-case characters, descriptions of 1 to 100", () => {
    expect(top.length).toBeLessThanOrEqual(MAX_OPTIONS_PER_LEVEL);
    for (const option of everyOption(top)) {
      expect(option.options?.length ?? 0, option.name).toBeLessThanOrEqual(MAX_OPTIONS_PER_LEVEL);
      expect(option.choices?.length ?? 0, option.name).toBeLessThanOrEqual(25);
      expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(option.description.length, option.name).toBeGreaterThan(0);
      expect(option.description.length, option.name).toBeLessThanOrEqual(100);
      for (const choice of option.choices ?? []) expect(choice.name.length).toBeLessThanOrEqual(100);
    }
    expect(command.description.length).toBeLessThanOrEqual(100);
  });

  it('stays within the 4,000 characters Discord allows one command in names, descriptions and choices', () => {
    const total = command.name.length + command.description.length + combinedCharacters(top);
    expect(total).toBeLessThanOrEqual(4000);
  });

  it('refuses a layout over 25 subcommands instead of cutting commands off', () => {
    const many = Array.from({ length: 30 }, (_, i) => `command${i}`);
    expect(() => discordLayout(many)).toThrow(/Discord allows 25/);
  });
});
