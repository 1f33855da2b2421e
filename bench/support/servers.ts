// What a benchmark (run by tsx, outside vitest) needs to start its own throwaway servers and fill them.
export {
  type DovecotServer,
  type MailAccount,
  type StartDovecotOptions,
  startDovecot,
} from '../../test/support/dovecot.js';
export { type PostgresServer, startPostgres } from '../../test/support/postgres.js';
