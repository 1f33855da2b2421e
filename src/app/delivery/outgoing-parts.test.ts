import { describe, expect, it } from 'vitest';
import { PASSWORD_PLACEHOLDER } from '../../domain/delivery/export-wording.js';
import type { QueuedEmail } from '../notify/ports.js';
import { exportParts } from './outgoing-parts.js';
import type { DeliveryOfEmail, ExportSenderStore } from './ports.js';

const email = (over: Partial<QueuedEmail> = {}): QueuedEmail => ({
  id: 1,
  attempts: 0,
  organisationId: 'org',
  ticketId: 7,
  template: 'outcome_fulfilled',
  language: 'en',
  requestedLanguage: null,
  messageId: '<letter@x>',
  fromAddress: 'privacy@org.example',
  toAddress: 'jane@example.com',
  subject: 'Done [RD-1007]',
  inReplyTo: null,
  references: [],
  bodyText: 'letter',
  bodyHtml: null,
  letter: null,
  automatic: false,
  queuedAt: new Date(0),
  ...over,
});

const delivery = (over: Partial<DeliveryOfEmail> = {}): DeliveryOfEmail => ({
  role: 'letter',
  ticketId: 7,
  ticketReference: 'RD-1007',
  form: 'attachments',
  sealedPassword: null,
  letterMessageId: '<letter@x>',
  letterStatus: 'queued',
  requesterAddress: 'jane@example.com',
  verified: true,
  files: [
    { id: 1, fileName: 'a.json', contentType: 'application/json', sha256: 'x', content: new Uint8Array([1]) },
  ],
  ...over,
});

function partsFor(found: DeliveryOfEmail | null) {
  const forgotten: string[] = [];
  const store: ExportSenderStore = {
    deliveryOf: async () => found,
    letterSent: async () => {},
    forgetPassword: async (id) => {
      forgotten.push(id);
    },
  };
  const parts = exportParts({
    store,
    unseal: (sealed) => (sealed === 'sealed' ? 'Secret234Password567' : null),
    zip: async () => new Uint8Array([9, 9]),
  });
  return { parts, forgotten };
}

describe('the parts an outgoing email carries', () => {
  it('never sends an export to an address other than the verified requester, nor to one not verified', async () => {
    const other = partsFor(delivery({ requesterAddress: 'someone@else.example' }));
    expect(await other.parts.prepare(email())).toMatchObject({ kind: 'fail' });
    const unverified = partsFor(delivery({ verified: false }));
    expect(await unverified.parts.prepare(email())).toMatchObject({ kind: 'fail' });
  });

  it('holds the password email until its letter is sent, then writes the password in', async () => {
    const second = email({
      template: 'staff_message',
      messageId: '<pw@x>',
      bodyText: `is: ${PASSWORD_PLACEHOLDER}`,
    });
    const waiting = partsFor(delivery({ role: 'password', form: 'zip_aes', sealedPassword: 'sealed' }));
    expect(await waiting.parts.prepare(second)).toEqual({ kind: 'wait' });
    const ready = partsFor(
      delivery({ role: 'password', form: 'zip_aes', sealedPassword: 'sealed', letterStatus: 'sent' }),
    );
    expect(await ready.parts.prepare(second)).toMatchObject({
      kind: 'with',
      text: 'is: Secret234Password567',
    });
  });

  it('fails the password email and forgets the password when its letter failed', async () => {
    const { parts, forgotten } = partsFor(
      delivery({ role: 'password', form: 'zip_aes', sealedPassword: 'sealed', letterStatus: 'failed' }),
    );
    expect(await parts.prepare(email({ template: 'staff_message', messageId: '<pw@x>' }))).toMatchObject({
      kind: 'fail',
    });
    expect(forgotten).toEqual(['<letter@x>']);
  });

  it('fails a letter whose export was removed before it left, rather than send it without', async () => {
    const { parts } = partsFor(delivery({ files: [{ ...delivery().files[0]!, content: null }] }));
    expect(await parts.prepare(email())).toMatchObject({ kind: 'fail' });
  });

  it('sends every other email as it is, without asking the store', async () => {
    const { parts } = partsFor(null);
    expect(await parts.prepare(email({ template: 'acknowledgement' }))).toEqual({ kind: 'as_is' });
  });
});
