import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, type ErrorCode } from '../errors.js';
import type { HttpHints } from './error-policy.js';

export class BodyTooLarge extends Error {}

/**
 * Past the limit a body is still read, and dropped, up to this many bytes, so the client has
 * finished sending and reads the 413 (a client still writing when the socket closes sees only a
 * reset: `fetch failed`). Beyond it the connection is closed at once.
 */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/** Reads a request body, refusing more than `limit` bytes whatever Content-Length claims. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > DRAIN_LIMIT_BYTES) throw new BodyTooLarge();
  let tooLarge = declared > limit;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    if (size > DRAIN_LIMIT_BYTES) break;
    if (!tooLarge) chunks.push(chunk);
  }
  if (tooLarge) throw new BodyTooLarge();
  return Buffer.concat(chunks);
}

/**
 * Writes a fetch Response from Yoga; its responses here are complete documents, never streams.
 * `statusOf` may correct the status once the body is known.
 */
export async function sendFetchResponse(res: ServerResponse, response: Response, statusOf = (_body: Buffer) => response.status): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    // Yoga's Headers keep the case they were set with ("Content-Length"); one spelling per header.
    headers[key.toLowerCase()] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.length);
  res.writeHead(statusOf(body), headers);
  res.end(body);
}

/** A GraphQL-shaped error response for failures that happen before GraphQL runs. */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  code: ErrorCode | 'PAYLOAD_TOO_LARGE' | 'BAD_REQUEST' | 'UNSUPPORTED_MEDIA_TYPE' | 'INTERNAL_SERVER_ERROR',
  message: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { ...extensions, code } }] }));
}

export function sendDomainError(res: ServerResponse, error: DomainError): void {
  const { http = {}, code, ...extensions } = error.extensions as { http?: HttpHints; code: ErrorCode };
  sendGraphQLError(res, http.status ?? 400, code, error.message, http.headers ?? {}, extensions);
}

export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
