/**
 * The mail transport: nodemailer over SMTP for organisations with a relay, and a folder of .eml
 * files (named by Message-ID, so a resend overwrites rather than duplicates) for the embedded default
 * and the demo. SMTP 5xx replies are permanent failures; everything else is retried by the outbox.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Nodemailer from 'nodemailer';
import type { SendMailOptions, Transporter } from 'nodemailer';
import type { DeliveryResult, Mailer, OutgoingEmail } from '../../app/notify/ports.js';
import type { SmtpSettings } from '../../config/smtp-settings.js';

export interface MailerOptions {
  /** SMTP settings by organisation id; organisations without are written to `folder`. */
  readonly smtp: ReadonlyMap<string, SmtpSettings>;
  readonly folder: string;
  /** Simultaneous SMTP connections per organisation. */
  readonly maxConnections?: number;
  readonly timeoutMs?: number;
}

function message(email: OutgoingEmail): SendMailOptions {
  return {
    messageId: email.messageId,
    from: email.from,
    to: email.to,
    subject: email.subject,
    inReplyTo: email.inReplyTo ?? undefined,
    references: email.references.length > 0 ? [...email.references] : undefined,
    text: email.text,
    html: email.html ?? undefined,
    headers: { ...email.headers },
    attachments: email.attachments?.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    })),
    // RFC 3834 §3.3: the return path is an address we administer, so bounces come back to intake.
    envelope: { from: email.from, to: [email.to] },
  };
}

function smtpFailure(error: unknown): DeliveryResult {
  const responseCode = (error as { responseCode?: unknown }).responseCode;
  const text = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    permanent: typeof responseCode === 'number' && responseCode >= 500,
    error: typeof responseCode === 'number' ? `SMTP ${responseCode}: ${text}` : text,
  };
}

export function createMailer(options: MailerOptions): Mailer {
  const transports = new Map<string, Transporter>();
  const timeout = options.timeoutMs ?? 30_000;
  // nodemailer (about 15 MB resident) is loaded by the first email sent: a process that only ingests
  // mail, or a command that only reads tickets, never loads it.
  let loaded: Promise<{ nodemailer: typeof Nodemailer; files: Transporter }> | null = null;
  const load = () =>
    (loaded ??= import('nodemailer').then(({ default: nodemailer }) => ({
      nodemailer,
      files: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }),
    })));
  const transportFor = (
    nodemailer: typeof Nodemailer,
    organisationId: string,
    settings: SmtpSettings,
  ): Transporter => {
    let transport = transports.get(organisationId);
    if (!transport) {
      transport = nodemailer.createTransport({
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        auth: settings.auth ?? undefined,
        pool: true,
        maxConnections: options.maxConnections ?? 4,
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
      });
      transports.set(organisationId, transport);
    }
    return transport;
  };
  return {
    async send(email) {
      const { nodemailer, files } = await load();
      const settings = options.smtp.get(email.organisationId);
      if (settings) {
        try {
          await transportFor(nodemailer, email.organisationId, settings).sendMail(message(email));
          return { ok: true };
        } catch (error) {
          return smtpFailure(error);
        }
      }
      const info = (await files.sendMail(message(email))) as { message: Buffer };
      const dir = join(options.folder, email.organisationId);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${email.messageId.replace(/[^A-Za-z0-9.@-]/g, '_')}.eml`), info.message);
      return { ok: true };
    },
    async close() {
      for (const transport of transports.values()) transport.close();
      transports.clear();
    },
  };
}
