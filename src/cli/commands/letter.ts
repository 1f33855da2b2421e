/**
 * `rightsdesk letter preview`: prints a requester letter as it would be sent on a sample ticket of an
 * organisation, under a law, in a language, as `{"subject","text","html"}` (or its text part). Needs
 * only the organisation files: no database, no mail server.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadTemplates } from '../../adapters/templates/handlebars-renderer.js';
import { previewLetter } from '../../app/notify/preview-letter.js';
import { organisationMail, templatesDir } from '../../compose-requester-mail.js';
import { loadOrganisations } from '../../config/organisations.js';
import { JURISDICTION_IDS } from '../../domain/deadlines/jurisdiction-rule.js';
import { LETTER_KINDS } from '../../domain/outbound/letters/letter-facts.js';
import { LETTER_LANGUAGES } from '../../domain/outbound/letters/languages.js';
import { REQUEST_TYPES } from '../../domain/request-types.js';
import { needsIdentityCheck } from '../../domain/tickets/identity-check.js';
import { groundRefusal } from '../../domain/tickets/reject-grounds.js';
import { REJECTION_REASONS } from '../../domain/tickets/vocabulary.js';
import { type CliCommand, UsageError } from '../command.js';

const USAGE =
  'rightsdesk letter preview --org ORG --jurisdiction ID --kind KIND --language LANG ' +
  '[--types erasure,access] [--ground REASON] [--format json|text]';

/** One enum argument with a message that lists what is known. */
const known = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `--${what} is required`
        : `unknown ${what} ${JSON.stringify(issue.input)} (known: ${values.join(', ')})`,
  });

const ArgsSchema = z.object({
  org: z.string({ error: '--org is required' }),
  jurisdiction: known('jurisdiction', JURISDICTION_IDS),
  kind: known('kind', LETTER_KINDS),
  language: known('language', LETTER_LANGUAGES),
  types: z.array(known('types', REQUEST_TYPES)).min(1, '--types names at least one request type'),
  ground: known('ground', REJECTION_REASONS),
  format: z.enum(['json', 'text'], { error: '--format must be json or text' }),
});

function parseCommandLine(args: readonly string[]) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: {
        org: { type: 'string' },
        jurisdiction: { type: 'string' },
        kind: { type: 'string' },
        language: { type: 'string' },
        types: { type: 'string', default: 'erasure' },
        ground: { type: 'string', default: 'legal_exemption' },
        format: { type: 'string', default: 'json' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length !== 1 || parsed.positionals[0] !== 'preview')
    throw new UsageError('expected the sub-command "preview"');
  const { values } = parsed;
  const types = typeof values.types === 'string' ? values.types.split(',').map((t) => t.trim()) : [];
  const result = ArgsSchema.safeParse({ ...values, types });
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => issue.message).join('; '));
  return result.data;
}

export const letterCommand: CliCommand = {
  name: 'letter',
  usage: USAGE,
  summary: 'preview a requester letter as it would be sent, for an organisation, law, kind and language',
  async run(args, io) {
    const options = parseCommandLine(args);
    const organisations = loadOrganisations(io.env.RIGHTSDESK_ORGANISATIONS_DIR ?? 'organisations');
    const loaded = organisations.find((o) => o.organisation.id === options.org);
    if (!loaded) {
      const ids = organisations.map((o) => o.organisation.id).join(', ');
      throw new UsageError(`unknown org ${JSON.stringify(options.org)} (known: ${ids})`);
    }
    // A rejection on a ground the law does not provide is refused at the desk, so it has no letter.
    const refusal =
      options.kind === 'outcome_rejected'
        ? groundRefusal(options.jurisdiction, options.ground, !needsIdentityCheck(options.types))
        : null;
    if (refusal !== null)
      throw new UsageError(
        refusal.code === 'ground_not_provided'
          ? `${options.jurisdiction} provides no ground "${options.ground}" (known under it: ${refusal.grounds.join(', ')})`
          : `an opt-out is never refused as ${options.ground} under ${options.jurisdiction}: ${refusal.rule}`,
      );
    const preview = previewLetter(organisationMail(loaded, 0), loadTemplates(templatesDir), {
      ...options,
      composedAt: new Date(),
    });
    if (!preview.ok)
      throw new UsageError(
        `${options.jurisdiction} has no ${options.kind} letter: the law provides for none`,
      );
    const { subject, text, html } = preview.email;
    io.stdout.write(
      options.format === 'json' ? `${JSON.stringify({ subject, text, html })}\n` : `${subject}\n\n${text}`,
    );
    return 0;
  },
};
