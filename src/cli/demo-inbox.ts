/**
 * The demo's sample mail, moved to the present: the .eml files in examples/ are dated in 2026 (and are
 * fixtures of other tests, so they stay as they are); the demo ingests copies whose dates are shifted by one
 * amount, so the newest mail arrived a day before `now`, with the order and the gaps between mails kept.
 * Legal clocks run from receipt (Received, then Date), so the digest then reads as a week of live work.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// RFC 5322 §3.3 date-time as the samples write it: "Mon, 02 Mar 2026 09:13:40 +0000".
const DATE_TIME =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}\b/g;

/** Every date-time in the message text (headers, and the quoted or delivery-status dates of a body). */
export function dateTimesIn(text: string): Date[] {
  return [...text.matchAll(DATE_TIME)].map((m) => new Date(Date.parse(m[0])));
}

/** How far to move the samples so that the newest date-time among them falls one day before `now`. */
export function shiftToPresent(texts: readonly string[], now: Date): number {
  const newest = Math.max(...texts.flatMap((t) => dateTimesIn(t).map((d) => d.getTime())));
  return Number.isFinite(newest) ? now.getTime() - DAY_MS - newest : 0;
}

/** The message with each date-time moved by `shiftMs`, written in its original zone offset. */
export function shiftDates(text: string, shiftMs: number): string {
  return text.replace(DATE_TIME, (stamp) => {
    const zone = stamp.slice(-5);
    const offsetMs =
      (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3))) * 60_000;
    // The wall-clock time of the zone, read through the UTC getters.
    const local = new Date(Date.parse(stamp) + shiftMs + offsetMs);
    const pad = (n: number) => String(n).padStart(2, '0');
    return (
      `${WEEKDAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ` +
      `${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:` +
      `${pad(local.getUTCSeconds())} ${zone}`
    );
  });
}
