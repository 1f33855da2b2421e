/**
 * Resolves each organisation's outgoing mail settings: its SMTP relay with the credentials from the
 * environment variables its YAML names (all missing ones reported together), or none, in which case
 * emails are written as files to the state folder.
 */
import { ConfigError } from './errors.js';
import type { LoadedOrganisation } from './organisations.js';

export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  readonly auth: { readonly user: string; readonly pass: string } | null;
}

export function smtpSettings(
  loaded: readonly LoadedOrganisation[],
  env: Readonly<Record<string, string | undefined>>,
): Map<string, SmtpSettings> {
  const problems: string[] = [];
  const settings = new Map<string, SmtpSettings>();
  for (const { organisation, file } of loaded) {
    const smtp = organisation.outbound.smtp;
    if (!smtp) continue;
    const names = [smtp.userEnv, smtp.passwordEnv].filter((n): n is string => n !== undefined);
    for (const name of names)
      if (!env[name]) problems.push(`${file}: outbound.smtp: environment variable ${name} is not set`);
    const user = smtp.userEnv ? env[smtp.userEnv] : undefined;
    const pass = smtp.passwordEnv ? env[smtp.passwordEnv] : undefined;
    settings.set(organisation.id, {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: user && pass ? { user, pass } : null,
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
}
