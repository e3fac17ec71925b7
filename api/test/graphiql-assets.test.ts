import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './harness.js';

/** GraphiQL's files: about 6 MB as they are, so a browser that takes gzip gets them gzipped, each encoding with its own validator. */

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
});
