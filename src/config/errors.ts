/** A configuration problem, reported with the file, the field and what was expected, before anything starts. */
import type { z } from 'zod';

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** One line per zod issue: `file: field.path: message`. */
export function describeIssues(source: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${source}: ${path}: ${issue.message}`;
  });
}
