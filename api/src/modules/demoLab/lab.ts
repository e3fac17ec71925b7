import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import dnsPacket from 'dns-packet';
import type { Logger } from 'pino';
import { addressesOf, LAB_ADDRESS, paceMs, pageFor } from './zone.js';

/** What the lab has answered since it started: a test's proof of where the demo's traffic went. */
export interface LabCounts {
  /** Root-zone NS questions: the runner's check that a resolver answers, before a DNS campaign. */
  rootProbes: number;
  /** Every other DNS question. */
  lookups: number;
  httpRequests: number;
}

const NXDOMAIN = 3;
/** With port 0, how often to look for a port free on both UDP and TCP before giving up. */
const PORT_ATTEMPTS = 10;

/**
 * The demo lab's servers, on loopback only and on one port: DNS over UDP, the sites over HTTP
 * (TCP). One number, so a persona's resolver `127.0.0.1:P` and a campaign's HTTP port P name
 * the same lab. Every lookup and page waits its `paceMs`, so the demo chain can be watched.
 */
export class DemoLab {
  readonly counts: LabCounts = { rootProbes: 0, lookups: 0, httpRequests: 0 };
  private dns: Socket | undefined;
  private http: Server | undefined;
  private readonly waiting = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly logger: Pick<Logger, 'warn'>) {}

  get port(): number {
    return (this.http?.address() as AddressInfo | null)?.port ?? 0;
  }

  /** As a DNS persona's resolver. */
  get address(): string {
    return `${LAB_ADDRESS}:${this.port}`;
  }

  /** Listens on `port` (0: any port free for both UDP and TCP); rejects with the listen error. */
  async listen(port: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const http = createServer((req, res) => this.serve(req, res));
      await listenTcp(http, port);
      const chosen = (http.address() as AddressInfo).port;
      const dns = createSocket('udp4');
      try {
        await bindUdp(dns, chosen);
      } catch (error) {
        await closeServer(http);
        if (port !== 0 || attempt >= PORT_ATTEMPTS) throw error;
        continue;
      }
      dns.on('message', (message, remote) => this.answer(dns, message, remote));
      dns.on('error', (error) => this.logger.warn({ err: error }, 'the demo lab DNS socket failed'));
      http.on('error', (error) => this.logger.warn({ err: error }, 'the demo lab web server failed'));
      this.http = http;
      this.dns = dns;
      return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.waiting) clearTimeout(timer);
    this.waiting.clear();
    await Promise.all([
      this.http ? closeServer(this.http) : undefined,
      this.dns ? new Promise<void>((resolve) => this.dns!.close(() => resolve())) : undefined,
    ]);
  }

  private later(delayMs: number, send: () => void): void {
    const timer = setTimeout(() => {
      this.waiting.delete(timer);
      if (!this.stopped) send();
    }, delayMs);
    this.waiting.add(timer);
  }

  private answer(socket: Socket, message: Buffer, remote: RemoteInfo): void {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase().replace(/\.$/, '');
    const flags = dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE;
    const reply = (answers: dnsPacket.Answer[], rcode = 0) =>
      dnsPacket.encode({ type: 'response', id: query.id, flags: flags | rcode, questions: query.questions, answers });
    if (question.type === 'NS' && name === '') {
      this.counts.rootProbes++;
      socket.send(reply([{ type: 'NS' as const, class: 'IN' as const, name: question.name, ttl: 60, data: 'a.root-servers.net' }]), remote.port, remote.address);
      return;
    }
    this.counts.lookups++;
    const addresses = addressesOf(name);
    const answers: dnsPacket.Answer[] =
      addresses && question.type === 'A' ? addresses.map((data) => ({ type: 'A' as const, class: 'IN' as const, name: question.name, ttl: 60, data })) : [];
    const packet = reply(answers, addresses ? 0 : NXDOMAIN);
    this.later(paceMs(name), () => socket.send(packet, remote.port, remote.address));
  }

  private serve(req: IncomingMessage, res: ServerResponse): void {
    this.counts.httpRequests++;
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (req.url ?? '/').split('?')[0]!;
    const answer = pageFor(host, path);
    this.later(paceMs(`${host}${path}`), () => {
      res.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8', ...answer.headers });
      res.end(answer.body);
    });
  }
}

function listenTcp(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LAB_ADDRESS, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function bindUdp(socket: Socket, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      socket.close();
      reject(error);
    };
    socket.once('error', fail);
    socket.bind(port, LAB_ADDRESS, () => {
      socket.off('error', fail);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
