import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Parts } from '../parts.js';
import type { Services } from '../services.js';
import type { Documents } from './documents.js';
import type { GraphiQLOptions } from './graphiql.js';
import { createHttpRouter } from './http-router.js';
import { KeepAlive } from './keepalive.js';
import { attachWebSocket } from './websocket.js';
import type { AdmittedRequests } from './yoga.js';
import type { Yoga } from './operation.js';

const SSE_HEARTBEAT_MS = 15_000;
// A restart brings every client back at once: Node's default backlog (511) would drop the rest of
// their SYNs, and each retries only after 1, 3, 7 s. The kernel caps it at somaxconn.
const LISTEN_BACKLOG = 16_384;

export interface TransportOptions {
  services: Services;
  yoga: Yoga;
  admitted: AdmittedRequests;
  documents: Documents;
  graphqlPath: string;
  graphiql: GraphiQLOptions;
  webDist: string;
  /** Resolves when the database and the bus answer; throws with the reason otherwise. */
  ready(): Promise<void>;
}

/**
 * The instance's one HTTP server: the router (health, files, GraphQL over HTTP and SSE) and the
 * WebSocket upgrade. Its parts are added after the parts the streams read, so on stop the server
 * closes first, then sockets close with 1001 and SSE streams end.
 */
export function createTransports(parts: Parts, options: TransportOptions) {
  const { services, yoga, documents, graphqlPath } = options;
  const websocket = attachWebSocket(services, yoga, documents, graphqlPath);
  const sseKeepAlive = new KeepAlive<{ beat(): void }>(SSE_HEARTBEAT_MS);
  const sseStreams = new Set<ServerResponse>();
  services.metrics.observe({
    liveCohorts: () => services.fanout.cohortCount,
    liveQueryCohorts: () => services.liveQueries.cohortCount,
    bufferedBytes: () => websocket.bufferedBytes() + [...sseStreams].reduce((sum, res) => sum + res.writableLength, 0),
  });
  const server = createServer(
    createHttpRouter({ ...options, admission: services.admission, sse: { keepAlive: sseKeepAlive, open: sseStreams } }),
  );
  server.on('upgrade', (req, socket, head) => websocket.handleUpgrade(req, socket, head));
  parts.add('HTTP server', {
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
  parts.add('SSE heartbeats', sseKeepAlive);
  parts.add('WebSocket server', { stop: () => websocket.close() });

  return {
    async listen(port: number, host: string): Promise<{ port: number; url: string }> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => resolve());
      });
      const address = server.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' ? 'localhost' : host;
      return { port: address.port, url: `http://${shownHost}:${address.port}` };
    },
  };
}
