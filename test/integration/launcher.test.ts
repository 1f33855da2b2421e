// The `rightsdesk` command runs with V8 flags that bound intake's memory; the npm script and the bin's
// shebang must carry the same ones, and this Node must accept them (an unknown flag stops Node at start).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const flagsOf = (command: string): string[] => command.split(/\s+/).filter((w) => w.startsWith('--'));

describe('the rightsdesk launcher', () => {
  const shebang = readFileSync(join(root, 'bin/rightsdesk.mjs'), 'utf8').split('\n', 1)[0]!;
  const script = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts.rightsdesk!;

  it('gives the npm script and the bin the same V8 flags', () => {
    expect(shebang).toMatch(/^#!\/usr\/bin\/env -S node /);
    expect(flagsOf(shebang).length).toBeGreaterThan(0);
    expect(flagsOf(script)).toEqual(flagsOf(shebang));
  });

  it('runs the CLI with those flags', () => {
    const run = spawnSync(process.execPath, [...flagsOf(shebang), join(root, 'bin/rightsdesk.mjs'), 'help'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: rightsdesk <command>');
  });
});
