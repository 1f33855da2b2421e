import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors.js';
import { loadOrganisations } from './organisations.js';

const seeds = resolve(import.meta.dirname, '../../organisations');

function problemsWith(file: string, edit: (text: string) => string): readonly string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-systems-'));
  writeFileSync(join(dir, file), edit(readFileSync(join(seeds, file), 'utf8')));
  try {
    loadOrganisations(dir);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('data systems in the organisation file', () => {
  it('fills the seed organisations from their policies, consistent with their retention rules', () => {
    const orgs = new Map(loadOrganisations(seeds).map((o) => [o.organisation.id, o.organisation]));
    const mc = orgs.get('mediaconvert')!.dataSystems;
    expect(mc.map((s) => s.id)).toEqual(['accounts', 'billing', 'logs', 'media']);
    // Usage records are kept 7 years for billing: an erasure restricts them, it cannot delete them.
    expect(mc.find((s) => s.id === 'billing')).toMatchObject({
      holds: ['usage records'],
      rights: { erasure: 'restrict' },
    });
    expect(Object.values(mc.find((s) => s.id === 'media')!.rights)).toEqual(Array(6).fill('not_applicable'));
    expect(orgs.get('importly')!.dataSystems.find((s) => s.id === 'media')?.holds).toEqual([
      'imported media files',
    ]);
    expect(orgs.get('zmapi')!.dataSystems.map((s) => s.id)).toEqual([
      'accounts',
      'billing',
      'api-logs',
      'payments',
    ]);
  });

  it('refuses a deletion of data the retention rules keep after an erasure', () => {
    const problems = problemsWith('mediaconvert.yaml', (t) =>
      t.replace(
        '    holds: [usage records]\n    rights:\n      access: export\n      rectification: correct\n      erasure: restrict',
        '    holds: [usage records]\n    rights:\n      access: export\n      rectification: correct\n      erasure: delete',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /dataSystems\.1\.rights\.erasure: usage records is kept after an erasure \(retention\): erasure here is restrict, not delete$/,
      ),
    ]);
  });

  it('refuses an action that cannot carry out the right, data no retention rule names, and work on data never stored', () => {
    const problems = problemsWith('mediaconvert.yaml', (t) =>
      t
        .replace('      access: search\n', '      access: delete\n')
        .replace('    holds: [system logs]', '    holds: [system logs, audit trail]')
        .replace(
          '    holds: [media files]\n    rights:\n      access: not_applicable',
          '    holds: [media files]\n    rights:\n      access: search',
        ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /dataSystems\.2\.rights\.access: access is carried out by search or export \(or not_applicable\), not delete$/,
        ),
        expect.stringMatching(
          /dataSystems\.2\.holds\.1: "audit trail" is not the data of any retention rule; known: account data; usage records; system logs; media files$/,
        ),
        expect.stringMatching(
          /dataSystems\.3\.rights\.access: media files is not stored \(retention\), so nothing can be done here: not_applicable$/,
        ),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('asks for an owner and a role id in quotes', () => {
    const problems = problemsWith('importly.yaml', (t) =>
      t
        .replace("    owner: { slack: S02MEDIA, discord: '200000000000000022' }\n", '    owner: {}\n')
        .replace(
          "    owner: { slack: S02PLATFORM, discord: '200000000000000023' }\n",
          '    owner: { discord: 200000000000000023 }\n',
        ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /dataSystems\.1\.owner: name the owner by a Slack user or group id, a Discord role id, or both$/,
      ),
      expect.stringMatching(/dataSystems\.2\.owner\.discord: expected the role id in quotes/),
    ]);
  });

  it('asks how every right the policy promises is carried out in each system', () => {
    const problems = problemsWith('importly.yaml', (t) =>
      t.replace(
        '      objection: restrict\n      portability: export\n  - id: media',
        '      portability: export\n  - id: media',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /dataSystems\.0\.rights\.objection: the policy promises objection: say how it is carried out here \(or not_applicable\)$/,
      ),
    ]);
  });
});
