// Acknowledgements are not a relay (issue 14): a request whose sender failed DMARC, or SPF and DKIM,
// by our own server's Authentication-Results gets its acknowledgement held for staff, and no
// organisation sends more automatic emails an hour than its cap, whoever they go to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import { ingestRaw, smtpOrganisations } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';

const trusted = 'mx.rightsdesk.test';
const request = (id: string, sender: string, authenticationResults?: string) =>
  [
    `From: Someone <${sender}>`,
    'To: privacy@zmapi.example',
    'Subject: Please delete my account',
    'Date: Mon, 4 May 2026 10:00:00 +0200',
    `Message-ID: <${id}@example.com>`,
    ...(authenticationResults ? [`Authentication-Results: ${authenticationResults}`] : []),
    '',
    'Please delete my account and all personal data you hold about me.',
    '',
  ].join('\r\n');

describe.each(engines('ack_abuse'))('acknowledgement abuse (%s)', (_engine, databaseUrl) => {
  let app: App;
  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp({
      ...(url ? { databaseUrl: url } : {}),
      // No SMTP server listens on port 9: nothing here is delivered, only queued or held.
      env: { ...smtpOrganisations(9), OUTBOX_ORGANISATION_HOURLY_CAP: '4' },
    });
  });
  afterAll(() => app.close());

  const acknowledgementOf = async (id: string) => {
    const message = await app.database.db.rawMessage.findFirstOrThrow({
      where: { messageId: `<${id}@example.com>` },
    });
    return app.database.db.outboundEmail.findFirstOrThrow({ where: { ticketId: message.ticketId! } });
  };

  it('holds the acknowledgement of a sender who failed DMARC, and shows it on the ticket', async () => {
    const outcome = await ingestRaw(
      app,
      request(
        'dmarc-fail',
        'ceo@bank.example',
        `${trusted}; spf=pass smtp.mailfrom=relay.example; dmarc=fail header.from=bank.example`,
      ),
    );
    expect(outcome.kind).toBe('ticket');
    const ack = await acknowledgementOf('dmarc-fail');
    expect(ack).toMatchObject({ status: 'capped', statusReason: 'held for staff: the sender failed DMARC' });
    const reference = outcome.kind === 'ticket' ? outcome.ticketReference : '';
    const shown = await app.tickets.execute({ id: 'test:agent', role: 'agent' }, { name: 'show', reference });
    expect(shown.kind === 'ticket' && shown.ticket.emails).toEqual([
      { template: 'acknowledgement', status: 'capped', reason: 'held for staff: the sender failed DMARC' },
    ]);
  });

  it('holds it when SPF and DKIM both failed, and not for a failure claimed by another server', async () => {
    await ingestRaw(
      app,
      request(
        'both-fail',
        'a@spoofed.example',
        `${trusted}; spf=fail smtp.mailfrom=spoofed.example; dkim=fail header.d=spoofed.example`,
      ),
    );
    await ingestRaw(app, request('forged-results', 'b@honest.example', 'mx.forger.example; dmarc=fail'));
    expect((await acknowledgementOf('both-fail')).statusReason).toMatch(
      /^held for staff: the sender failed SPF \(fail\) and DKIM \(fail\)$/,
    );
    expect(await acknowledgementOf('forged-results')).toMatchObject({ status: 'queued', statusReason: null });
  });

  it('caps automatic emails per organisation and hour, across different requesters', async () => {
    // One acknowledgement is queued so far (forged-results); the cap is 4.
    for (const n of [1, 2, 3, 4]) await ingestRaw(app, request(`flood-${n}`, `flood${n}@example.org`));
    const statuses = await Promise.all(
      [1, 2, 3, 4].map(async (n) => (await acknowledgementOf(`flood-${n}`)).status),
    );
    expect(statuses).toEqual(['queued', 'queued', 'queued', 'capped']);
    expect((await acknowledgementOf('flood-4')).statusReason).toMatch(
      /cap of the organisation reached: 4 within 1 h \(limit 4\)/,
    );
  });
});
