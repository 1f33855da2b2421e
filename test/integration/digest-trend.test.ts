// The chart of the weekly digest counts, for each of the last 8 weeks, the tickets received and those
// closed, from the database on both engines: contiguous weeks, the last one ending now.
import { afterEach, describe, expect, it } from 'vitest';
import { TREND_WEEKS, weeklyTrend } from '../../src/app/desk/digest.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { createTestApp } from '../support/test-app.js';

const DAY = 86_400_000;
const now = new Date('2026-11-23T08:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

let number = 7000;
const ticket = (organisationId: string, receivedDaysAgo: number, closedDaysAgo: number | null) => {
  number += 1;
  return {
    number,
    reference: `RD-${number}`,
    organisationId,
    requesterAddress: `r${number}@example.com`,
    requesterName: 'R',
    subject: 's',
    flags: [],
    types: ['access'],
    status: closedDaysAgo === null ? 'received' : 'fulfilled',
    receivedAt: daysAgo(receivedDaysAgo),
    closedAt: closedDaysAgo === null ? null : daysAgo(closedDaysAgo),
  };
};

describe.each(engines('rd_trend'))('digest trend on %s', (_engine, databaseUrl) => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('counts arrivals and closings per week for the organisation, oldest week first', async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    await app.database.db.ticket.createMany({
      data: [
        ticket('importly', 1, null), // this week
        ticket('importly', 2, 1), // this week, closed this week
        ticket('importly', 10, 3), // last week, closed this week
        ticket('importly', 52, 50), // 8th week back
        ticket('importly', 60, null), // before the chart
        ticket('zmapi', 1, 1), // another organisation
      ],
    });
    const trend = await weeklyTrend(app.tickets.store, 'importly', now);
    expect(trend).toHaveLength(TREND_WEEKS);
    expect(trend.at(-1)!.from).toEqual(daysAgo(7));
    for (const [i, week] of trend.entries()) expect(week.from).toEqual(daysAgo(7 * (TREND_WEEKS - i)));
    expect(trend.map((w) => [w.received, w.closed])).toEqual([
      [1, 1],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 0],
      [2, 2],
    ]);
  });
});
