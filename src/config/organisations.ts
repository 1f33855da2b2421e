/**
 * Loads every organisation YAML file of a folder and validates it. All problems of all files are
 * reported together, each naming the file and the field, so the process never starts half-configured.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError, describeIssues } from './errors.js';
import { type Organisation, OrganisationSchema } from './organisation-schema.js';

export interface LoadedOrganisation {
  readonly organisation: Organisation;
  readonly file: string;
  /** SHA-256 of the file, so a change of configuration is visible in the database. */
  readonly configHash: string;
}

export function loadOrganisations(dir: string): LoadedOrganisation[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch {
    throw new ConfigError([`${dir}: organisations folder not found (set RIGHTSDESK_ORGANISATIONS_DIR)`]);
  }
  if (files.length === 0) throw new ConfigError([`${dir}: no organisation .yaml files`]);

  const problems: string[] = [];
  const loaded: LoadedOrganisation[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (error) {
      problems.push(
        `${file}: not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
      continue;
    }
    const result = OrganisationSchema.safeParse(data);
    if (!result.success) problems.push(...describeIssues(file, result.error));
    else
      loaded.push({
        organisation: result.data,
        file,
        configHash: createHash('sha256').update(text).digest('hex'),
      });
  }
  problems.push(...crossFileProblems(loaded));
  if (problems.length > 0) throw new ConfigError(problems);
  return loaded;
}

/** An id, an address or a mailbox id may belong to one organisation only: intake routes by them. */
function crossFileProblems(loaded: readonly LoadedOrganisation[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const { organisation: org, file } of loaded) {
    const keys = [
      `id ${org.id}`,
      ...org.addresses.map((a) => `address ${a}`),
      ...org.mailboxes.map((m) => `mailbox ${m.id}`),
    ];
    for (const key of keys) {
      const owner = owners.get(key);
      if (owner && owner !== file) problems.push(`${file}: ${key} is already used by ${owner}`);
      owners.set(key, file);
    }
  }
  return problems;
}
