import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../config/project-root.js';

// scripts/prisma-generate.mjs (issue 17: idle memory): the query compiler's base64 module is read as text,
// so that no module holds its 2.2 MB string and source for the process's lifetime.
describe.each(['sqlite', 'postgresql'])('the generated %s client', (provider) => {
  const code = readFileSync(join(projectRoot, 'generated', provider, 'internal', 'class.ts'), 'utf8');

  it('reads its query compiler as text instead of importing the module that holds it', () => {
    expect(code).not.toMatch(/await import\("[^"]*wasm-base64\.mjs"\)/);
    expect(code).toMatch(/readFile\(new URL\(import\.meta\.resolve\("[^"]*wasm-base64\.mjs"\)\), 'latin1'\)/);
  });
});
