/**
 * The `dataSystems:` list of an organisation file: each system where personal data lives, who owns it,
 * what it holds (named as the retention rules name it) and how each right is carried out there. The
 * checks that need the rest of the file (the retention rules, the rights the policy promises) are in
 * `dataSystemProblems`, so an inconsistent file names the system, the right and what to write instead.
 */
import { z } from 'zod';
import { handlingProblem, TASK_HANDLINGS } from '../domain/fulfilment/data-systems.js';
import { RIGHTS, type Right } from '../domain/request-types.js';

const handling = z.enum(TASK_HANDLINGS, {
  error: `expected one of ${TASK_HANDLINGS.join(', ')}`,
});

const OwnerSchema = z
  .object({
    /** A Slack user (U…, W…) or user group (S…) id, mentioned in the ticket's thread. */
    slack: z
      .string()
      .regex(/^[UWS][A-Z0-9]{2,}$/, 'expected a Slack user or user group id such as S0123ABCD or U0123ABCD')
      .optional(),
    /** A Discord role id, in quotes (YAML rounds a bare number that long). */
    discord: z
      .string({ error: 'expected the role id in quotes, e.g. "1234567890123456789"' })
      .regex(/^\d{17,20}$/, 'expected a Discord role id (17 to 20 digits) such as "1234567890123456789"')
      .optional(),
  })
  .strict()
  .refine((o) => o.slack !== undefined || o.discord !== undefined, {
    message: 'name the owner by a Slack user or group id, a Discord role id, or both',
  });

export const DataSystemSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes, e.g. billing'),
    name: z.string().min(1),
    owner: OwnerSchema,
    /** The retention rules' `data` names this system holds. */
    holds: z.array(z.string().min(1)).min(1),
    /** How each right is carried out here: search, export, delete, correct, restrict or not_applicable. */
    rights: z.partialRecord(z.enum(RIGHTS, { error: `rights are ${RIGHTS.join(', ')}` }), handling),
  })
  .strict();

export type DataSystemConfig = z.infer<typeof DataSystemSchema>;

/** What the checks read from the rest of the organisation file. */
interface OrganisationFacts {
  readonly rights: readonly Right[];
  readonly retention: readonly {
    readonly data: string;
    readonly period: unknown;
    readonly afterErasure: 'erased' | 'kept';
  }[];
  readonly dataSystems: readonly DataSystemConfig[];
}

export interface SystemProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/** Every way the data systems contradict each other, the retention rules or the policy's rights. */
export function dataSystemProblems(org: OrganisationFacts): SystemProblem[] {
  const problems: SystemProblem[] = [];
  const rules = new Map(org.retention.map((r) => [r.data, r]));
  const seen = new Set<string>();
  org.dataSystems.forEach((system, i) => {
    const at = (...path: (string | number)[]) => ['dataSystems', i, ...path];
    if (seen.has(system.id)) problems.push({ path: at('id'), message: `"${system.id}" is listed twice` });
    seen.add(system.id);
    system.holds.forEach((data, j) => {
      if (!rules.has(data))
        problems.push({
          path: at('holds', j),
          message: `"${data}" is not the data of any retention rule; known: ${[...rules.keys()].join('; ') || 'none'}`,
        });
    });
    const held = system.holds.flatMap((d) => rules.get(d) ?? []);
    const kept = held.filter((r) => r.afterErasure === 'kept').map((r) => r.data);
    const storesNothing = held.length > 0 && held.every((r) => r.period === 'not_stored');
    for (const right of org.rights)
      if (system.rights[right] === undefined)
        problems.push({
          path: at('rights', right),
          message: `the policy promises ${right}: say how it is carried out here (or not_applicable)`,
        });
    for (const [right, how] of Object.entries(system.rights) as [Right, (typeof TASK_HANDLINGS)[number]][]) {
      const wrong = handlingProblem(right, how);
      if (wrong) problems.push({ path: at('rights', right), message: wrong });
      if (storesNothing && how !== 'not_applicable')
        problems.push({
          path: at('rights', right),
          message: `${system.holds.join(', ')} is not stored (retention), so nothing can be done here: not_applicable`,
        });
    }
    // GDPR Art. 17(3): what the retention rules keep after an erasure cannot be deleted here, only kept
    // for that ground; and a restriction in place of an erasure needs such a rule to stand on.
    if (system.rights.erasure === 'delete' && kept.length > 0)
      problems.push({
        path: at('rights', 'erasure'),
        message: `${kept.join(', ')} is kept after an erasure (retention): erasure here is restrict, not delete`,
      });
    if (system.rights.erasure === 'restrict' && kept.length === 0)
      problems.push({
        path: at('rights', 'erasure'),
        message:
          'restrict stands in for an erasure only for data kept after one (retention afterErasure: kept)',
      });
  });
  return problems;
}
