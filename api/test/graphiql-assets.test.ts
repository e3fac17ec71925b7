import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './harness.js';

/** GraphiQL's files: about 1.5 MB as they are, so a browser that takes gzip gets them gzipped, each encoding with its own validator. */

/** The bytes as they crossed the wire (fetch would inflate them). */
function raw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('GraphiQL’s files', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('go gzipped to a browser that takes gzip, the same bytes once inflated, and 304 for the validator it holds', async () => {
    const url = `${server.url}/graphiql/graphiql.js`;
    const plain = await raw(url, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1_000_000);
    // The gzipped copy is made off the event loop after the first read: it is there shortly after.
    await expect.poll(async () => (await raw(url, { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding'], { timeout: 10_000 }).toBe('gzip');
    const zipped = await raw(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);

    expect((await raw(url, { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag! })).status).toBe(304);
    expect((await raw(url, { 'accept-encoding': 'identity', 'if-none-match': plain.headers.etag! })).status).toBe(304);
  });

  it('are named by the page with their version, and kept a year without asking again; any other URL of them is revalidated', async () => {
    const page = (await raw(`${server.url}/graphql`, { accept: 'text/html' })).body.toString();
    const named = [...page.matchAll(/\/graphiql\/([a-z.-]+\.(?:js|css))\?v=([\w-]+)/g)].map((match) => ({ name: match[1]!, version: match[2]! }));
    expect(named.map((file) => file.name).sort()).toEqual(['boot.js', 'graphiql.css', 'graphiql.js', 'graphql-ws.js']);
    for (const file of named) {
      const current = await raw(`${server.url}/graphiql/${file.name}?v=${file.version}`, { 'accept-encoding': 'identity' });
      expect(current.status, file.name).toBe(200);
      expect(current.headers['cache-control'], file.name).toBe('public, max-age=31536000, immutable');
      expect(current.headers.etag).toBe(`"${file.version}"`);
    }
    expect((await raw(`${server.url}/graphiql/graphiql.js?v=an-older-version`, {})).headers['cache-control']).toBe('no-cache');
    expect((await raw(`${server.url}/graphiql/graphiql.js`, {})).headers['cache-control']).toBe('no-cache');
  });
});
