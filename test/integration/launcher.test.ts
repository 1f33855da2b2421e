// The `rightsdesk` command runs a compiled copy of the sources, built once per content, with V8 flags
// that bound intake's memory; the npm script and the bin's shebang must carry the same flags, and this
// Node must accept them (an unknown flag stops Node at start).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledProject } from '../../scripts/compile.mjs';

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

  it('compiles the sources once per content: the same sources give the same copy, a change a new one', async () => {
    const project = mkdtempSync(join(tmpdir(), 'rightsdesk-compile-'));
    mkdirSync(join(project, 'src/deep'), { recursive: true });
    writeFileSync(join(project, 'src/deep/answer.ts'), 'export const answer: number = 41;\n');
    writeFileSync(join(project, 'src/deep/answer.test.ts'), 'never compiled\n');
    const first = await compiledProject(project);
    expect(readFileSync(join(first, 'src/deep/answer.js'), 'utf8')).toContain('answer = 41');
    expect(existsSync(join(first, 'src/deep/answer.test.js'))).toBe(false);
    expect(await compiledProject(project)).toBe(first);
    writeFileSync(join(project, 'src/deep/answer.ts'), 'export const answer: number = 42;\n');
    const second = await compiledProject(project);
    expect(second).not.toBe(first);
    expect(readFileSync(join(second, 'src/deep/answer.js'), 'utf8')).toContain('answer = 42');
    // Two processes building the same sources at once end with one copy that both use.
    writeFileSync(join(project, 'src/deep/answer.ts'), 'export const answer: number = 43;\n');
    const [a, b] = await Promise.all([compiledProject(project), compiledProject(project)]);
    expect(a).toBe(b);
    expect(readFileSync(join(a, 'src/deep/answer.js'), 'utf8')).toContain('answer = 43');
  });

  it('gives the compiled copy source maps, so a stack trace names the TypeScript file and line', async () => {
    const project = mkdtempSync(join(tmpdir(), 'rightsdesk-compile-'));
    mkdirSync(join(project, 'src'));
    writeFileSync(
      join(project, 'src/boom.ts'),
      [
        'interface Unused {',
        '  readonly a: string;',
        '}',
        '',
        'export function boom(): never {',
        "  throw new Error('boom');",
        '}',
        '',
      ].join('\n'),
    );
    const compiled = await compiledProject(project);
    const run = spawnSync(
      process.execPath,
      [
        '--enable-source-maps',
        '--input-type=module',
        '-e',
        `(await import(${JSON.stringify(join(compiled, 'src/boom.js'))})).boom();`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/src\/boom\.ts:6:/);
  });

  it('runs the TypeScript sources, and says so, where its compiled copy cannot be written', () => {
    // The project as an install would hold it, except that .build is a file, so nothing can be built there.
    const install = mkdtempSync(join(tmpdir(), 'rightsdesk-install-'));
    mkdirSync(join(install, 'bin'));
    copyFileSync(join(root, 'bin/rightsdesk.mjs'), join(install, 'bin/rightsdesk.mjs'));
    for (const part of [
      'scripts',
      'src',
      'generated',
      'node_modules',
      'prisma',
      'templates',
      'organisations',
      'package.json',
    ])
      symlinkSync(join(root, part), join(install, part));
    writeFileSync(join(install, '.build'), 'not a folder\n');
    const run = spawnSync(process.execPath, [join(install, 'bin/rightsdesk.mjs'), 'help'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^rightsdesk: running the TypeScript sources \(no compiled copy: .+\)\n$/);
    expect(run.stdout).toContain('usage: rightsdesk <command>');
  });
});
