/**
 * `rightsdesk doctor`: checks the configuration and asks every configured part whether it works (the
 * database, each IMAP mailbox, each SMTP relay, Slack, Discord), then prints one table with what to fix.
 * Exit 1 when something fails; warnings (a generated secret, codes that cannot verify) leave it at 0.
 */
import {
  type Finding,
  probeDatabase,
  probeDiscord,
  probeImap,
  probeSlack,
  probeSmtp,
} from '../../adapters/doctor/probes.js';
import { chatSettings } from '../../config/chat-settings.js';
import { type Env, loadEnv } from '../../config/env.js';
import { ConfigError } from '../../config/errors.js';
import { type LoadedOrganisation, loadOrganisations } from '../../config/organisations.js';
import { smtpSettings } from '../../config/smtp-settings.js';
import { type CliCommand, UsageError } from '../command.js';
import { EXIT_FAILURE } from '../describe-failure.js';

interface Row extends Finding {
  readonly check: string;
}

const problemsOf = (error: unknown): string => {
  if (error instanceof ConfigError) return error.problems.join('; ');
  throw error;
};

function renderTable(rows: readonly Row[]): string {
  const width = Math.max(5, ...rows.map((r) => r.check.length));
  const head = `${'check'.padEnd(width)}  status  what was found / what to fix`;
  const lines = rows.map((r) => `${r.check.padEnd(width)}  ${r.verdict.padEnd(6)}  ${r.detail}`);
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

async function checkOrganisations(
  env: Env,
  environment: CliIoEnv,
  organisations: readonly LoadedOrganisation[],
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const loaded of organisations) {
    const { organisation: org, file } = loaded;
    for (const [i, mailbox] of org.mailboxes.entries()) {
      if (!mailbox.imap) continue;
      const check = `imap ${org.id}/${mailbox.id}`;
      const missing = [mailbox.imap.userEnv, mailbox.imap.passwordEnv].filter((name) => !environment[name]);
      if (missing.length > 0) {
        rows.push({
          check,
          verdict: 'fail',
          detail: `${file}: mailboxes.${i}.imap: set ${missing.join(' and ')}`,
        });
        continue;
      }
      rows.push({
        check,
        ...(await probeImap({
          ...mailbox.imap,
          user: environment[mailbox.imap.userEnv]!,
          password: environment[mailbox.imap.passwordEnv]!,
        })),
      });
    }
    if (!org.outbound.smtp)
      rows.push({
        check: `smtp ${org.id}`,
        verdict: 'warn',
        detail: `no outbound.smtp: requester emails are written as .eml files under ${env.RIGHTSDESK_STATE_DIR}, not sent`,
      });
    else {
      try {
        const settings = smtpSettings([loaded], environment).get(org.id)!;
        rows.push({ check: `smtp ${org.id}`, ...(await probeSmtp(settings)) });
      } catch (error) {
        rows.push({ check: `smtp ${org.id}`, verdict: 'fail', detail: problemsOf(error) });
      }
    }
    rows.push(
      org.verification.authservId
        ? {
            check: `codes ${org.id}`,
            verdict: 'ok',
            detail: `replies authenticated by ${org.verification.authservId} verify`,
          }
        : {
            check: `codes ${org.id}`,
            verdict: 'warn',
            detail: `${file}: no verification.authservId: a code reply can never verify anyone; set the authserv-id your receiving server writes in Authentication-Results, or confirm identities with "verify … confirm"`,
          },
    );
  }
  return rows;
}

type CliIoEnv = Readonly<Record<string, string | undefined>>;

async function checkChats(env: Env, organisations: readonly LoadedOrganisation[]): Promise<Row[]> {
  let chats;
  try {
    chats = chatSettings(env);
  } catch (error) {
    return [{ check: 'chats', verdict: 'fail', detail: problemsOf(error) }];
  }
  const rows: Row[] = [];
  const orgs = organisations.map((o) => o.organisation);
  if (chats.slack) {
    const channels = orgs.flatMap((o) => [
      ...(o.chat.slack ? [{ label: `${o.id} triage`, channel: o.chat.slack.triageChannel }] : []),
      ...(o.chat.slack?.digestChannel
        ? [{ label: `${o.id} digest`, channel: o.chat.slack.digestChannel }]
        : []),
    ]);
    const slack = await probeSlack(chats.slack, channels);
    rows.push(
      { check: 'slack token', ...slack.token },
      ...slack.channels.map((f) => ({ check: 'slack channel', ...f })),
    );
  }
  if (chats.discord) {
    const channels = orgs.flatMap((o) => [
      ...(o.chat.discord ? [{ label: `${o.id} triage`, channel: o.chat.discord.triageChannel }] : []),
      ...(o.chat.discord?.digestChannel
        ? [{ label: `${o.id} digest`, channel: o.chat.discord.digestChannel }]
        : []),
    ]);
    const discord = await probeDiscord(chats.discord, channels);
    rows.push(
      { check: 'discord token', ...discord.token },
      ...discord.channels.map((f) => ({ check: 'discord channel', ...f })),
    );
  }
  if (!chats.slack && !chats.discord)
    rows.push({
      check: 'chats',
      verdict: 'ok',
      detail: 'no Slack or Discord configured: the console desk only',
    });
  return rows;
}

export const doctorCommand: CliCommand = {
  name: 'doctor',
  usage: 'rightsdesk doctor',
  summary:
    'check the configuration and every configured server, and say what to fix (exit 1 when something fails)',
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    const rows: Row[] = [];
    let env: Env | null = null;
    try {
      env = loadEnv(io.env);
      rows.push({ check: 'environment', verdict: 'ok', detail: 'every variable valid' });
    } catch (error) {
      rows.push({ check: 'environment', verdict: 'fail', detail: problemsOf(error) });
    }
    let organisations: LoadedOrganisation[] = [];
    if (env) {
      try {
        organisations = loadOrganisations(env.RIGHTSDESK_ORGANISATIONS_DIR);
        rows.push({
          check: 'organisations',
          verdict: 'ok',
          detail: `${organisations.length} in ${env.RIGHTSDESK_ORGANISATIONS_DIR}`,
        });
      } catch (error) {
        rows.push({ check: 'organisations', verdict: 'fail', detail: problemsOf(error) });
      }
      rows.push(
        env.RIGHTSDESK_SECRET
          ? { check: 'secret', verdict: 'ok', detail: 'RIGHTSDESK_SECRET set (at least 32 characters)' }
          : {
              check: 'secret',
              verdict: 'warn',
              detail: `RIGHTSDESK_SECRET unset: one is generated under ${env.RIGHTSDESK_STATE_DIR}; set it (32+ characters) so every process and host signs Message-IDs alike`,
            },
      );
      rows.push({ check: 'database', ...(await probeDatabase(env.DATABASE_URL)) });
      rows.push(...(await checkOrganisations(env, io.env, organisations)));
      rows.push(...(await checkChats(env, organisations)));
    }
    io.stdout.write(`${renderTable(rows)}\n`);
    const failed = rows.filter((r) => r.verdict === 'fail').length;
    const warned = rows.filter((r) => r.verdict === 'warn').length;
    io.stdout.write(
      failed > 0
        ? `\n${failed} check(s) failed, ${warned} warning(s)\n`
        : `\nall good${warned > 0 ? ` (${warned} warning(s))` : ''}\n`,
    );
    return failed > 0 ? EXIT_FAILURE : 0;
  },
};
