/**
 * DPA 2018 s. 164A(3) (inserted by the Data (Use and Access) Act 2025 s. 103, in force 19 June 2026): a UK
 * controller acknowledges a data subject's complaint within the period of 30 days beginning with the day
 * it is received, so the last day is the receipt day plus 29. Other laws set no such date. A complaint an
 * authority forwards (`regulator_claimed`) is not the data subject's complaint to the controller: the
 * authority's letter sets its own date.
 */
import { addDays, type IsoDate } from './iso-date.js';

const IN_FORCE_FROM: IsoDate = '2026-06-19';
const PERIOD_DAYS = 30;

/** The last day to acknowledge the complaint, or null where none applies. */
export function complaintAcknowledgementDue(
  jurisdiction: string,
  flags: readonly string[],
  receivedOn: IsoDate | null,
): IsoDate | null {
  if (jurisdiction !== 'uk-gdpr' || receivedOn === null) return null;
  if (!flags.includes('complaint') || flags.includes('regulator_claimed')) return null;
  if (receivedOn < IN_FORCE_FROM) return null;
  return addDays(receivedOn, PERIOD_DAYS - 1);
}

/** The line staff see beside the deadline. */
export function complaintAcknowledgementLine(due: IsoDate): string {
  return `acknowledge the complaint by ${due} (DPA 2018 s. 164A)`;
}
