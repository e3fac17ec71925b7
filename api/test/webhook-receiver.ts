import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Received {
  id: string;
  body: { data?: { changes?: { cursor: string; entityId: string; op: string; persona?: { name: string }; message?: { body: string } } }; type?: string };
}

/** A local receiver: verifies every signature with `standardwebhooks`, records what arrives, answers `status`. */
export class Receiver {
  readonly received: Received[] = [];
  status = 204;
  invalidSignatures = 0;
  /** While set, answers wait for it (the delivery is recorded, its sender still waits for the 2xx). */
  private held: Promise<void> | undefined;
  private server!: Server;
  url = '';

  constructor(private secret = '') {}

  setSecret(secret: string): void {
    this.secret = secret;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const payload = Buffer.concat(chunks).toString();
        if (this.status >= 200 && this.status < 300) {
          try {
            const headers = Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, String(value)]));
            this.received.push({ id: req.headers['webhook-id'] as string, body: new Webhook(this.secret.replace(/^whsec_/, '')).verify(payload, headers) as Received['body'] });
          } catch {
            this.invalidSignatures++;
          }
        }
        const status = this.status;
        void (this.held ?? Promise.resolve()).then(() => res.writeHead(status).end());
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Holds every answer from now until the returned release is called. */
  holdAnswers(): () => void {
    let release!: () => void;
    this.held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.held = undefined;
      release();
    };
  }

  changes(): string[] {
    return this.received.filter((r) => r.body.data).map((r) => r.body.data!.changes!.entityId);
  }

  async waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.filter((r) => r.body.data).length < count) {
      if (Date.now() > deadline) throw new Error(`waited for ${count} deliveries, got ${JSON.stringify(this.received)}`);
      await sleep(25);
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

