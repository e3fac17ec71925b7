import http from 'node:http';
import https from 'node:https';

export interface FetchPageOptions {
  url: URL;
  /** Connect here instead of resolving the host (a DNS stage's answer); Host and TLS name stay the URL's. */
  address?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  /** 0 = return the redirect response itself. */
  maxRedirects: number;
  /** An agent that routes through a proxy; the proxy then resolves the host itself. */
  agent?: (url: URL) => http.Agent;
  maxBodyBytes?: number;
  /** Abandons the request early (a paused or cancelled campaign). */
  signal?: AbortSignal;
}

export interface FetchedPage {
  status: number;
  body: string;
  url: string;
  redirects: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_BODY = 1_000_000;

/** GET with a deadline for the whole exchange (redirects included), a body cap and optional proxy. */
export async function fetchPage(options: FetchPageOptions): Promise<FetchedPage> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  let url = options.url;
  let address = options.address;
  for (let redirects = 0; ; redirects++) {
    const response = await getOnce(url, address, options, signal);
    const location = response.location;
    if (!REDIRECTS.has(response.status) || !location || redirects >= options.maxRedirects) {
      return { status: response.status, body: response.body, url: url.toString(), redirects };
    }
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new Error(`redirect to unsupported scheme ${next.protocol}`);
    }
    // A redirect to another host is resolved normally; the given address belongs to the first host.
    if (next.hostname !== url.hostname) address = undefined;
    url = next;
  }
}

interface RawResponse {
  status: number;
  location?: string;
  body: string;
}

function getOnce(url: URL, address: string | undefined, options: FetchPageOptions, signal: AbortSignal): Promise<RawResponse> {
  const secure = url.protocol === 'https:';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const agent = options.agent?.(url);
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(
      {
        method: 'GET',
        host: agent ? url.hostname : (address ?? url.hostname),
        port: url.port || (secure ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        headers: { ...options.headers, host: url.host, connection: 'close' },
        servername: secure ? url.hostname : undefined,
        agent,
        signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size >= maxBody) return;
          chunks.push(chunk);
          size += chunk.length;
          if (size >= maxBody) response.destroy();
        });
        const finish = () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            body: Buffer.concat(chunks).subarray(0, maxBody).toString('utf8'),
          });
        response.on('end', finish);
        response.on('close', finish);
        response.on('error', (error) => (size >= maxBody ? finish() : reject(error)));
      },
    );
    request.on('error', (error) =>
      reject(signal.aborted && !options.signal?.aborted ? new Error(`timed out after ${options.timeoutMs} ms`, { cause: error }) : error),
    );
    request.end();
  });
}
