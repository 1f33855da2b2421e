/**
 * `rightsdesk deadline`: when is this request due? Parses the arguments (issue 5, item 9 contract), calls
 * `deadlineFor` and prints one JSON object, or the explanation line with `--format text`.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type ClockPause, type DeadlineError, deadlineFor } from '../../domain/deadlines/deadline.js';
import { isIsoDate, isTimeZone, localDateOf } from '../../domain/deadlines/iso-date.js';
import { JURISDICTION_IDS } from '../../domain/deadlines/jurisdiction-rule.js';
import { type CliCommand, UsageError } from '../command.js';

const USAGE =
  'rightsdesk deadline --jurisdiction ID --received ISO_DATETIME [--tz IANA_ZONE] [--pause FROM/TO]... ' +
  '[--extended] [--format json|text]';

const ArgsSchema = z.object({
  jurisdiction: z.enum(JURISDICTION_IDS, {
    error: (issue) =>
      `unknown jurisdiction ${JSON.stringify(issue.input)} (known: ${JURISDICTION_IDS.join(', ')})`,
  }),
  received: z.string({ error: '--received is required' }),
  tz: z
    .string()
    .refine(isTimeZone, { error: (issue) => `--tz: unknown IANA time zone ${JSON.stringify(issue.input)}` }),
  pause: z.array(z.string()),
  extended: z.boolean(),
  format: z.enum(['json', 'text'], { error: '--format must be json or text' }),
});

function parseCommandLine(args: readonly string[]) {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        jurisdiction: { type: 'string' },
        received: { type: 'string' },
        tz: { type: 'string', default: 'UTC' },
        pause: { type: 'string', multiple: true, default: [] },
        extended: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.jurisdiction === undefined) throw new UsageError('--jurisdiction is required');
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

/** "2026-02-02/2026-02-05"; either side may also be a date-time, read as its local day in `zone`. */
function parsePause(text: string, zone: string): ClockPause {
  const [fromText, toText, ...rest] = text.split('/');
  const day = (value: string | undefined) => {
    if (value === undefined || value === '') return null;
    return isIsoDate(value) ? value : localDateOf(value, zone);
  };
  const from = day(fromText);
  const to = day(toText);
  if (rest.length > 0 || !from || !to) {
    throw new UsageError(
      `--pause ${JSON.stringify(text)}: expected FROM/TO as ISO dates, e.g. 2026-02-02/2026-02-05`,
    );
  }
  if (from > to) throw new UsageError(`--pause ${JSON.stringify(text)}: FROM is after TO`);
  return { from, to };
}

function describeError(error: DeadlineError): string {
  switch (error.code) {
    case 'invalid_received_at':
      return `--received: ${JSON.stringify(error.value)} is not an ISO-8601 date-time, e.g. 2026-01-31T10:00:00Z`;
    case 'unknown_time_zone':
      return `--tz: unknown IANA time zone ${JSON.stringify(error.zone)}`;
    case 'invalid_pause':
      return `--pause ${error.pause.from}/${error.pause.to}: not a valid period`;
    case 'unknown_holiday_region':
      return `no public-holiday calendar for ${error.region}`;
    case 'no_appeal_stage':
      return `${error.jurisdiction} has no appeal stage`;
    case 'law_not_in_force':
      return `${error.jurisdiction} applies to requests received from ${error.inForceFrom}; this one was received on ${error.receivedOn}`;
  }
}

export const deadlineCommand: CliCommand = {
  name: 'deadline',
  usage: USAGE,
  summary: 'compute when a rights request is due under a jurisdiction',
  async run(args, io) {
    const options = parseCommandLine(args);
    const result = deadlineFor({
      jurisdiction: options.jurisdiction,
      receivedAt: options.received,
      zone: options.tz,
      pauses: options.pause.map((text) => parsePause(text, options.tz)),
      extended: options.extended,
    });
    if (!result.ok) throw new UsageError(describeError(result.error));
    const { deadline } = result;
    if (options.format === 'text') {
      io.stdout.write(`${deadline.explanation}\n`);
      return 0;
    }
    const output = {
      jurisdiction: deadline.jurisdiction,
      due: deadline.due,
      acknowledgeBy: deadline.acknowledgeBy,
      extendedDue: deadline.extendedDue,
      explanation: deadline.explanation,
    };
    io.stdout.write(`${JSON.stringify(output)}\n`);
    return 0;
  },
};
