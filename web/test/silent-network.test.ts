import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed.js';
import { CreatePersona, dnsPersona } from '../../api/test/documents.js';
import { dataOf, request, startServer, type TestServer } from '../../api/test/harness.js';
import { buildWeb, hasChromium, launchChromium, signedInPage, tokenOf } from './browser.js';

const [ADA] = DEMO_ACCOUNTS;

/**
 * A TCP relay on 127.0.0.1 that can go silent as a dropped Wi-Fi or a sleeping laptop does: paused,
 * it forwards no byte in either direction and closes nothing (ends and resets are held too), new
 * connections included; healed, it delivers what it held, in order, and forwards again.
 */
class SilentRelay {
  private paused = false;
  private held: Array<() => void> = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  private constructor(targetPort: number) {
    this.server = createServer((client) => {
      let upstream: Socket | undefined;
      this.track(client);
      this.when(() => {
        upstream = this.track(connect(targetPort, '127.0.0.1'));
        this.forward(upstream, client);
      });
      this.forward(client, { write: (chunk) => upstream!.write(chunk), end: () => upstream!.end() });
    });
  }

  static async listen(targetPort: number): Promise<SilentRelay> {
    const relay = new SilentRelay(targetPort);
    await new Promise<void>((resolve) => relay.server.listen(0, '127.0.0.1', resolve));
    return relay;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  pause(): void {
    this.paused = true;
  }

  heal(): void {
    this.paused = false;
    const held = this.held;
    this.held = [];
    for (const action of held) action();
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => {});
    return socket;
  }

  private when(action: () => void): void {
    if (this.paused) this.held.push(action);
    else action();
  }

  private forward(from: Socket, to: { write(chunk: Buffer): unknown; end(): unknown }): void {
    from.on('data', (chunk: Buffer) => this.when(() => to.write(chunk)));
    from.on('close', () => this.when(() => to.end()));
  }
}

describe.skipIf(!hasChromium)('the web client on a network that goes silent', () => {
  let server: TestServer;
  let relay: SilentRelay;
  let browser: Browser;
  let context: BrowserContext;
  let adaToken: string;

  beforeAll(async () => {
    buildWeb();
    server = await startServer();
    await seedDemo(server.app.services);
    relay = await SilentRelay.listen(Number(new URL(server.url).port));
    browser = await launchChromium();
    context = await browser.newContext();
    adaToken = await tokenOf(server, ADA.email, DEMO_PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await relay?.stop();
    await server?.stop();
  });

  it('a relay paused without closing anything: the header leaves Live within 15 s; healed, it is Live again and shows what changed meanwhile', async () => {
    const page = await signedInPage(context, relay.url, ADA.email, DEMO_PASSWORD);
    let sockets = 0;
    let pongs = 0;
    page.on('websocket', (socket) => {
      sockets++;
      socket.on('framereceived', ({ payload }) => {
        if (/"type":"pong"/.test(String(payload))) pongs++;
      });
    });
    await page.goto(`${relay.url}/personas`);
    const indicator = page.getByTestId('connection-indicator');
    const live = indicator.and(page.locator('[data-state=live]'));
    await live.waitFor({ timeout: 10_000 });
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    // Pings answered in time keep the socket: two rounds on the one socket, then silence right after a pong.
    await expect.poll(() => pongs, { timeout: 15_000, interval: 100 }).toBeGreaterThanOrEqual(2);
    expect(sockets).toBe(1);

    relay.pause();
    // Straight to the server, not through the relay: the change the page must catch up on.
    dataOf(await request(server, CreatePersona, { input: dnsPersona('Made while silent') }, adaToken));
    await indicator.and(page.locator(':not([data-state=live])')).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('personas').getByText('Made while silent').count()).toBe(0);

    relay.heal();
    await live.waitFor({ timeout: 15_000 });
    await page.getByTestId('personas').getByText('Made while silent').waitFor({ timeout: 5_000 });
    expect(navigations).toBe(0);
    expect(sockets, 'the page is Live again on a new socket, not on the one that went silent').toBe(2);
    await page.close();
  }, 45_000);
});
