/**
 * Part of the composition root: builds the requester-mail adapters (templates, outbox store, SMTP or
 * folder transport) from validated configuration and wires them into intake's hooks, the sender loop
 * and the desk's verification service. Kept beside composition-root.ts so that file stays readable.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { join } from 'node:path';
import type { Database } from './adapters/db/database.js';
import { createOutboxSenderStore } from './adapters/db/outbox-store.js';
import { createExportSenderStore } from './adapters/db/export-sender-store.js';
import { createPasswordSeal } from './adapters/crypto/sealed-password.js';
import { zipWithPassword } from './adapters/zip/aes-archive.js';
import { exportParts } from './app/delivery/outgoing-parts.js';
import { createRequesterMailStore } from './adapters/db/requester-mail-store.js';
import type { Logger } from './adapters/log/logger.js';
import { createMailer } from './adapters/smtp/nodemailer-mailer.js';
import { loadTemplates } from './adapters/templates/handlebars-renderer.js';
import { createIntakeMailHooks, type IntakeMailHooks } from './app/notify/intake-mail-hooks.js';
import type { Mailer, OrganisationMail } from './app/notify/ports.js';
import {
  type RunningSender,
  type SenderDeps,
  sendDueEmails,
  startOutboxSender,
} from './app/notify/send-outbox.js';
import type { RequesterMailStore, VerifyDeps } from './app/verify/ports.js';
import { createVerificationService, type VerificationService } from './app/verify/verification-service.js';
import type { Env } from './config/env.js';
import type { Organisation, RetentionRule } from './config/organisation-schema.js';
import type { LoadedOrganisation } from './config/organisations.js';
import type { RetentionFact } from './domain/outbound/letters/letter-facts.js';
import { smtpSettings } from './config/smtp-settings.js';
import { signMessageId } from './domain/intake/message-ids.js';
import { projectRoot } from './config/project-root.js';

export const templatesDir = join(projectRoot, 'templates');

export interface RequesterMail {
  readonly deps: VerifyDeps;
  readonly store: RequesterMailStore;
  readonly intakeHooks: IntakeMailHooks;
  /** `verify RD-1042 send` and `verify RD-1042 confirm …` for the desk executor. */
  readonly verification: VerificationService;
  readonly sender: SenderDeps;
  /** One pass of the sender (CLI, tests). */
  sendNow(): ReturnType<typeof sendDueEmails>;
  startSender(): RunningSender;
  close(): Promise<void>;
}

/** The letter facts of one organisation; the hourly cap on automatic mail across its requesters comes from the environment. */
export function organisationMail(
  { organisation: org }: LoadedOrganisation,
  organisationHourlyCap: number,
): OrganisationMail {
  return {
    organisationId: org.id,
    name: org.name,
    domain: org.domain,
    fromAddress: org.outbound.from ?? org.addresses[0]!,
    defaultLanguage: org.defaultLanguage,
    timezone: org.timezone,
    policyUrl: org.policyUrl ?? null,
    authority: org.supervisoryAuthority ?? null,
    rights: org.rights,
    retention: org.retention.map(retentionFact),
    dataSystems: org.dataSystems.map((system) => ({
      ...system,
      owner: { slack: system.owner.slack ?? null, discord: system.owner.discord ?? null },
    })),
    access: org.accessInformation
      ? {
          purposes: org.accessInformation.purposes,
          categories: org.accessInformation.categories,
          recipients: [...org.recipients.map(recipientLine), ...org.accessInformation.otherRecipients],
          sources: org.accessInformation.sources,
          transfers: org.accessInformation.transfers,
        }
      : null,
    texts: { language: org.defaultLanguage, translations: factTranslations(org) },
    cap: org.outbound.automaticCap,
    complaintAcknowledgement: org.complaints.acknowledge,
    organisationHourlyCap,
    verification: {
      authservId: org.verification.authservId ?? null,
      codeTtlHours: org.verification.codeTtlHours,
      maxAttempts: org.verification.maxAttempts,
    },
  };
}

const recipientLine = (r: { readonly name: string; readonly role: string }) => `${r.name} (${r.role})`;

/**
 * The file's translations of its letter facts per language, keyed as the letters quote them: a
 * recipient is one line, "name (role)", made of the name's and the role's translations.
 */
function factTranslations(org: Organisation): Record<string, Record<string, string>> {
  const byLanguage: Record<string, Record<string, string>> = {};
  for (const [language, texts] of Object.entries(org.translations)) {
    const lines = org.recipients.flatMap((r) => {
      const name = texts[r.name];
      const role = texts[r.role];
      return name !== undefined && role !== undefined
        ? [[recipientLine(r), recipientLine({ name, role })]]
        : [];
    });
    byLanguage[language] = { ...texts, ...Object.fromEntries(lines) };
  }
  return byLanguage;
}

/** A retention row of the organisation file as the letters read it. */
export function retentionFact(rule: RetentionRule): RetentionFact {
  const { period } = rule;
  return {
    data: rule.data,
    period:
      typeof period === 'string'
        ? period
        : {
            ...('days' in period
              ? { unit: 'days', amount: period.days }
              : 'months' in period
                ? { unit: 'months', amount: period.months }
                : { unit: 'years', amount: period.years }),
            ...(period.upTo ? { upTo: true } : {}),
          },
    afterErasure:
      rule.afterErasure === 'kept' && rule.ground ? { kept: true, ground: rule.ground } : { kept: false },
  };
}

export function createRequesterMail(input: {
  env: Env;
  environment: Readonly<Record<string, string | undefined>>;
  organisations: readonly LoadedOrganisation[];
  database: Database;
  secret: string;
  log: Logger;
  /** Tests and the benchmark pass their own transport. */
  mailer?: Mailer;
}): RequesterMail {
  const { env } = input;
  const byId = new Map(
    input.organisations.map((o) => [
      o.organisation.id,
      organisationMail(o, input.env.OUTBOX_ORGANISATION_HOURLY_CAP),
    ]),
  );
  const seal = createPasswordSeal(input.secret);
  const delivery = new Map(input.organisations.map((o) => [o.organisation.id, o.organisation.delivery]));
  const deps: VerifyDeps = {
    renderer: loadTemplates(templatesDir),
    organisation: (id) => byId.get(id) ?? null,
    newMessageId: (ticketReference, domain) =>
      signMessageId({ ticketReference, nonce: randomBytes(8).toString('hex'), domain }, input.secret),
    now: () => new Date(),
    secret: input.secret,
    randomInt: (bound) => randomInt(bound),
    exportDelivery: { rulesOf: (id) => delivery.get(id) ?? null, seal: (password) => seal.seal(password) },
  };
  const store = createRequesterMailStore(input.database.db, input.database.provider);
  const mailer =
    input.mailer ??
    createMailer({
      smtp: smtpSettings(input.organisations, input.environment),
      folder: join(env.RIGHTSDESK_STATE_DIR, 'outbox'),
    });
  const sender: SenderDeps = {
    store: createOutboxSenderStore(input.database.db),
    mailer,
    renderer: deps.renderer,
    now: () => new Date(),
    random: Math.random,
    backoff: { baseMs: env.OUTBOX_RETRY_BASE_MS, maxMs: env.OUTBOX_RETRY_MAX_SECONDS * 1000 },
    leaseMs: 5 * 60_000,
    giveUpAfterMs: env.OUTBOX_GIVE_UP_HOURS * 3_600_000,
    batchSize: 100,
    concurrency: 4,
    // Error text only: it may name the server, never the recipient or the body.
    onError: (error) => input.log.error({ err: error }, 'outbox sender pass failed'),
    parts: exportParts({
      store: createExportSenderStore(input.database.db, input.database.provider),
      unseal: (sealed) => seal.unseal(sealed),
      zip: zipWithPassword,
    }),
  };
  return {
    deps,
    store,
    intakeHooks: createIntakeMailHooks(deps),
    verification: createVerificationService(store, deps),
    sender,
    sendNow: () => sendDueEmails(sender),
    startSender: () => startOutboxSender(sender, env.OUTBOX_POLL_SECONDS * 1000),
    close: () => mailer.close(),
  };
}
