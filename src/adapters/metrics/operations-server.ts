/**
 * The operations endpoint of `rightsdesk run` (METRICS_PORT): `/healthz` answers while the process lives
 * (liveness), `/readyz` answers 200 only while the database answers and no mailbox is failing
 * (readiness, so a load balancer or an orchestrator stops sending to a broken replica), `/metrics` is the
 * Prometheus text format.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../db/database.js';
import type { OperationsMetrics } from './operations-metrics.js';

/** As `rightsdesk status`: this many failed passes in a row make a mailbox "failing". */
const FAILING_AFTER = 3;

export interface OperationsServer {
  readonly port: number;
  close(): Promise<void>;
}

async function readiness(db: Db): Promise<{ ready: boolean; problems: string[] }> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { ready: false, problems: ['database unreachable'] };
  }
  const failing = await db.mailbox.findMany({
    where: { source: 'imap', consecutiveFailures: { gte: FAILING_AFTER } },
    select: { id: true },
  });
  return { ready: failing.length === 0, problems: failing.map((m) => `mailbox ${m.id} failing`) };
}

export async function startOperationsServer(input: {
  readonly host: string;
  readonly port: number;
  readonly db: Db;
  readonly metrics: OperationsMetrics;
}): Promise<OperationsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const answer = async () => {
      if (path === '/healthz') return { status: 200, type: 'text/plain', body: 'ok\n' };
      if (path === '/readyz') {
        const state = await readiness(input.db);
        return { status: state.ready ? 200 : 503, type: 'application/json', body: JSON.stringify(state) };
      }
      if (path === '/metrics')
        return {
          status: 200,
          type: input.metrics.registry.contentType,
          body: await input.metrics.registry.metrics(),
        };
      return { status: 404, type: 'text/plain', body: 'not found\n' };
    };
    answer().then(
      ({ status, type, body }) => response.writeHead(status, { 'content-type': type }).end(body),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('error\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(input.port, input.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
