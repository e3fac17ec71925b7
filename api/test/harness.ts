import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import type { Logger } from 'pino';
import WebSocket from 'ws';
import { createApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { graphql } from './gql/index.js';

/** Where the test databases live: TEST_DATABASE_URL=postgres://... runs the suite on PostgreSQL. */
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? ':memory:';

export interface TestServer {
  app: App;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  /** Signs up a fresh account; the first of a server is ADMIN. */
  signUp(displayName?: string): Promise<TestUser>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** PostgreSQL only: share this schema with another test server instead of a fresh one. */
  schema?: string;
  /** Default 200 ms; a scale-out test sets it high so only the bus can wake the hub. */
  sweepMs?: number;
  /** Receives the server's log lines (the default discards them). */
  logger?: Logger;
}

export async function startServer(env: Record<string, string> = {}, options: ServerOptions = {}): Promise<TestServer> {
  const config: Config = loadConfig({
    DATABASE_URL,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_POINTS: '100000',
    // Health checks go through the proxy under test to this refused local port unless a test says otherwise.
    PROXY_CHECK_URL: 'http://127.0.0.1:9/',
    // Suites sign up as many people as they need; members.test.ts sets invite and closed itself.
    SIGNUP: 'open',
    ...env,
  });
  const ownSchema = config.database.dialect === 'postgres' && !options.schema;
  if (config.database.dialect === 'postgres') {
    config.database = { ...config.database, schema: options.schema ?? `test_${randomUUID().replaceAll('-', '')}` };
  }
  const app = await createApp(config, { sweepMs: options.sweepMs ?? 200, logger: options.logger });
  const { port } = await app.start(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const server: TestServer = {
    app,
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    async signUp(displayName = 'Tester') {
      const email = `${randomUUID()}@test.pulsegraph.dev`;
      const result = await request(server, SignUpDocument, {
        input: { email, password: 'correct horse battery', displayName },
      });
      const payload = dataOf(result).signUp;
      return new TestUser(server, payload.user.id, payload.token, email);
    },
    async stop() {
      await app.stop();
      if (ownSchema && config.database.dialect === 'postgres') await dropSchema(config.database.connectionString, config.database.schema!);
    },
  };
  return server;
}

/** A database that outlives one server, for restart tests: a SQLite file or a PostgreSQL schema. */
export function persistentDatabase(): { env: Record<string, string>; options: ServerOptions; drop(): Promise<void> } {
  if (DATABASE_URL.startsWith('postgres')) {
    const schema = `test_${randomUUID().replaceAll('-', '')}`;
    return { env: {}, options: { schema }, drop: () => dropSchema(DATABASE_URL, schema) };
  }
  const directory = mkdtempSync(join(tmpdir(), 'pulsegraph-'));
  return {
    env: { DATABASE_URL: `file:${join(directory, 'restart.db')}` },
    options: {},
    drop: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

export async function dropSchema(connectionString: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

const SignUpDocument = graphql(`
  mutation Harness_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
      }
    }
  }
`);

const ChangeCursorDocument = graphql(`
  query Harness_ChangeCursor {
    changeCursor
  }
`);

export interface HttpResult<T> {
  status: number;
  headers: Headers;
  body: ExecutionResult<T> & { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

export async function request<T, V>(
  server: Pick<TestServer, 'graphqlUrl'>,
  document: TypedDocumentNode<T, V>,
  variables?: V,
  token?: string,
): Promise<HttpResult<T>> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as HttpResult<T>['body'] };
}

/** The answer to a document sent as text: for documents no client would compile (limits, unknown ids). */
export interface TextResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function requestText(
  server: Pick<TestServer, 'graphqlUrl'>,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<TextResult> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return (await response.json()) as TextResult;
}

export function dataOf<T>(result: HttpResult<T>): T {
  if (result.body.errors?.length || !result.body.data) {
    throw new Error(`GraphQL errors (HTTP ${result.status}): ${JSON.stringify(result.body.errors)}`);
  }
  return result.body.data;
}

/** The first error's code, for asserting expected failures. */
export function errorCode(result: HttpResult<unknown>): unknown {
  return result.body.errors?.[0]?.extensions?.code;
}

export class TestUser {
  private readonly clients: Client[] = [];

  constructor(
    readonly server: TestServer,
    readonly id: string,
    readonly token: string,
    readonly email: string,
  ) {}

  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<HttpResult<T>> {
    return request(this.server, document, variables, this.token);
  }

  async gql<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
    return dataOf(await this.request(document, variables));
  }

  async changeCursor(): Promise<string> {
    return (await this.gql(ChangeCursorDocument)).changeCursor;
  }

  /** A graphql-ws client authenticated as this user; closed codes are recorded. */
  wsClient(): WsClient {
    const client = connectWs(this.server, { authorization: `Bearer ${this.token}` });
    this.clients.push(client);
    return client;
  }

  /**
   * Subscribes over WebSocket: on the client given, or on a new one of its own, whose socket closing
   * the stream also closes (a long test would otherwise keep every socket it ever opened).
   */
  subscribe<T, V>(document: TypedDocumentNode<T, V>, variables?: V, client?: WsClient): Stream<T> {
    const ownClient = client ? undefined : this.wsClient();
    const stream = new Stream<T>();
    const unsubscribe = (client ?? ownClient!).subscribe<T>(
      { query: print(document), variables: variables as Record<string, unknown> | undefined },
      {
        next: (result) => stream.push(result as ExecutionResult<T>),
        error: (error) => stream.fail(error),
        complete: () => stream.complete(),
      },
    );
    stream.onClose(() => {
      unsubscribe();
      if (ownClient) void Promise.resolve(ownClient.dispose()).catch(() => {});
    });
    return stream;
  }

  /** Subscribes over Server-Sent Events with fetch; each event keeps its `id:`. */
  sse<T, V>(
    document: TypedDocumentNode<T, V>,
    variables?: V,
    options: { lastEventId?: string } = {},
  ): Stream<T> & { status: Promise<number> } {
    return openSse(this.server.graphqlUrl, document, variables, { token: this.token, ...options });
  }

  closeClients(): void {
    // A server stopping right after may close the socket first (1001): disposing it then rejects.
    for (const client of this.clients) void Promise.resolve(client.dispose()).catch(() => {});
  }
}

export type WsClient = Client & { closes: number[]; closed: Promise<number> };

/** A graphql-ws client that connects at once, never retries, and records how the socket closed. */
export function connectWs(server: Pick<TestServer, 'wsUrl'>, connectionParams: Record<string, unknown>): WsClient {
  const closes: number[] = [];
  let resolveClosed: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (resolveClosed = resolve));
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {}, // the close code is recorded below; tests assert on it

    on: {
      closed: (event) => {
        const code = (event as { code: number }).code;
        closes.push(code);
        resolveClosed(code);
      },
    },
  });
  return Object.assign(client, { closes, closed });
}

/** Collects what a subscription delivers and lets a test wait for it. */
export class Stream<T> {
  readonly results: Array<ExecutionResult<T> & { id?: string }> = [];
  /** When each result arrived (Date.now()), for timeliness checks. */
  readonly arrivals: number[] = [];
  completed = false;
  error: unknown;
  private waiters: Array<() => void> = [];
  private closer: (() => void) | undefined;

  push(result: ExecutionResult<T> & { id?: string }): void {
    this.results.push(result);
    this.arrivals.push(Date.now());
    this.notify();
  }

  fail(error: unknown): void {
    this.error = error;
    this.notify();
  }

  complete(): void {
    this.completed = true;
    this.notify();
  }

  onClose(closer: () => void): void {
    this.closer = closer;
  }

  close(): void {
    this.closer?.();
  }

  get data(): T[] {
    return this.results.map((result) => {
      if (result.errors?.length) throw new Error(`subscription error: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    });
  }

  /** Resolves once `done(data)` holds; fails after `timeoutMs` showing what arrived. */
  async waitUntil(done: (data: T[]) => boolean, timeoutMs = 5000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    while (!done(this.data)) {
      if (this.error || this.completed) throw new Error(`stream ended before the condition held: ${describe(this.error)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`condition not met in ${timeoutMs} ms; got ${JSON.stringify(this.data).slice(-2000)}`);
      await this.waitFor(this.results.length + 1, left).catch(() => {});
    }
    return this.data;
  }

  /** Resolves once `count` results arrived; fails after `timeoutMs` saying what did arrive. */
  async waitFor(count: number, timeoutMs = 5000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.results.length < count) {
      if (this.error) throw new Error(`subscription failed: ${describe(this.error)}`);
      if (this.completed) throw new Error(`subscription completed after ${this.results.length} of ${count} results`);
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`waited ${timeoutMs} ms for ${count} results, got ${this.results.length}: ${JSON.stringify(this.results)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.data.slice(0, count);
  }

  /** Waits until the stream ends (error or complete). */
  async waitForEnd(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.completed && !this.error) {
      if (Date.now() > deadline) throw new Error('stream did not end');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'code' in error) return `close ${(error as { code: number }).code}`;
  return JSON.stringify(error);
}

export function openSse<T, V>(
  graphqlUrl: string,
  document: TypedDocumentNode<T, V>,
  variables: V | undefined,
  options: { token?: string; lastEventId?: string },
): Stream<T> & { status: Promise<number> } {
  const stream = new Stream<T>();
  const abort = new AbortController();
  stream.onClose(() => abort.abort());
  const status = (async () => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      signal: abort.signal,
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    if (!response.ok || !response.body) {
      stream.fail({ status: response.status, body: await response.text() });
      return response.status;
    }
    void (async () => {
      const decoder = new TextDecoder();
      let buffered = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffered += decoder.decode(chunk, { stream: true });
          let boundary: number;
          while ((boundary = buffered.indexOf('\n\n')) >= 0) {
            const block = buffered.slice(0, boundary);
            buffered = buffered.slice(boundary + 2);
            const fields = new Map<string, string>();
            for (const line of block.split('\n')) {
              const colon = line.indexOf(':');
              if (colon <= 0) continue;
              fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
            }
            if (fields.get('event') === 'complete') stream.complete();
            else if (fields.get('event') === 'next') {
              stream.push({ ...(JSON.parse(fields.get('data') ?? '{}') as ExecutionResult<T>), id: fields.get('id') });
            }
          }
        }
        stream.complete();
      } catch (error) {
        if (!abort.signal.aborted) stream.fail(error);
      }
    })();
    return response.status;
  })();
  return Object.assign(stream, { status });
}

let named = 0;
/** Names of console entities are unique per kind: a fresh one per call, e.g. "Coverage 7". */
export const uniqueName = (base: string) => `${base} ${++named}`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
