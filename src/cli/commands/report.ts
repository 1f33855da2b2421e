/**
 * `rightsdesk report ccpa [YEAR] [ORG]`: the yearly request metrics that 11 CCR §7102(a) asks a large
 * business to publish by 1 July, as Markdown tables ready for the privacy policy. YEAR defaults to the
 * last calendar year; without ORG, every organisation that declares the CCPA. Counts only.
 */
import { type CcpaReport, ccpaYearReport } from '../../app/tickets/ccpa-report.js';
import { compose } from '../../composition-root.js';
import {
  CCPA_CATEGORIES,
  type CcpaCategory,
  DENIAL_GROUNDS,
  type DenialGround,
} from '../../domain/tickets/ccpa-metrics.js';
import { type CliCommand, UsageError } from '../command.js';

const CATEGORY_LABEL: Record<CcpaCategory, string> = {
  delete: 'Requests to delete',
  correct: 'Requests to correct',
  know: 'Requests to know',
  opt_out: 'Requests to opt out of sale or sharing',
};
const GROUND_LABEL: Record<DenialGround, string> = {
  not_verifiable: 'not verifiable',
  not_a_consumer: 'not made by a consumer',
  exempt: 'exempt from disclosure',
  other: 'other grounds',
};

export const reportCommand: CliCommand = {
  name: 'report',
  usage: 'rightsdesk report ccpa [YEAR] [ORG]',
  summary: 'yearly CCPA request metrics (11 CCR §7102) as Markdown, counts only',
  async run(argv, io) {
    const [kind, ...rest] = argv;
    if (kind !== 'ccpa') throw new UsageError('expected "ccpa"');
    const years = rest.filter((a) => /^\d{4}$/.test(a));
    const orgs = rest.filter((a) => !years.includes(a));
    if (years.length > 1 || orgs.length > 1) throw new UsageError(`unexpected argument ${rest.at(-1)}`);
    const [yearArg] = years;
    const [orgArg] = orgs;
    const year = yearArg ? Number(yearArg) : new Date().getUTCFullYear() - 1;
    const app = await compose(io.env);
    try {
      const organisations = app.organisations
        .map((o) => o.organisation)
        .filter((o) => (orgArg ? o.id === orgArg : o.jurisdictions.includes('us-ca')));
      if (orgArg && organisations.length === 0) throw new UsageError(`no organisation ${orgArg}`);
      if (organisations.length === 0) {
        io.stdout.write('no organisation declares the CCPA (us-ca)\n');
        return 0;
      }
      for (const organisation of organisations) {
        const report = await ccpaYearReport(app.tickets.store, organisation, year);
        io.stdout.write(`${renderReport(organisation.name, report)}\n`);
      }
      return 0;
    } finally {
      await app.close();
    }
  },
};

function renderReport(name: string, report: CcpaReport): string {
  const rows = CCPA_CATEGORIES.map((category) => {
    const m = report.metrics[category];
    const days = m.daysToRespond;
    return `| ${CATEGORY_LABEL[category]} | ${m.received} | ${m.complied} | ${m.denied} | ${days?.median ?? '–'} | ${days?.mean ?? '–'} |`;
  });
  const grounds = CCPA_CATEGORIES.map(
    (category) =>
      `| ${CATEGORY_LABEL[category]} | ${DENIAL_GROUNDS.map((g) => report.metrics[category].deniedBecause[g]).join(' | ')} |`,
  );
  const pending = CCPA_CATEGORIES.map(
    (category) =>
      `${CATEGORY_LABEL[category].toLowerCase()}: ${report.metrics[category].open} open, ${report.metrics[category].withdrawn} withdrawn`,
  );
  return [
    `## ${name}: CCPA request metrics for ${report.year}`,
    '',
    `Requests received from 1 January to 31 December ${report.year} (${report.timezone}), as 11 CCR §7102(a) asks.`,
    '',
    '| Request | Received | Complied with in whole or in part | Denied | Median days to respond | Mean days to respond |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'Denied requests by ground (§7102(a)(2)(A)):',
    '',
    `| Request | ${DENIAL_GROUNDS.map((g) => GROUND_LABEL[g]).join(' | ')} |`,
    `| --- |${' ---: |'.repeat(DENIAL_GROUNDS.length)}`,
    ...grounds,
    '',
    `Not for publication: ${pending.join('; ')}. Requests to limit the use of sensitive personal information are not a request type here and are not counted.`,
  ].join('\n');
}
