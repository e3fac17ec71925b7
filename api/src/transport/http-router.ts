import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST, GraphQLError, parse, type OperationDefinitionNode } from 'graphql';
import sirv from 'sirv';
import { isConnectionFailure } from '../db/availability.js';
import { MethodNotAllowed, Unavailable, UnsupportedMethod } from '../errors.js';
import { bearerToken } from '../modules/accounts/service.js';
import type { Services } from '../services.js';
import { resumesFromLastEventId, type Admission } from './admission.js';
import type { Documents } from './documents.js';
import { GRAPHIQL_ASSETS_PATH, sendGraphiQLAsset, sendGraphiQLPage, warmGraphiQL, type GraphiQLOptions } from './graphiql.js';
import { BodyTooLarge, clientAddress, readBody, sendDomainError, sendFetchResponse, sendGraphQLError } from './http.js';
import type { KeepAlive } from './keepalive.js';
import { answersAsEventStream, GRAPHQL_RESPONSE_JSON, negotiate } from './negotiation.js';
import { bodyParams, queryStringParams, type OperationParams, type Yoga } from './operation.js';
import { rateLimitHeaders } from './rate-limit.js';
import { RESULTS_EXPORT_PATH, sendResultsExport } from './results-export.js';
import { handleSse } from './sse.js';
import { httpHints, UNEXPECTED_ERROR } from './error-policy.js';
import type { AdmittedRequests } from './yoga.js';

const PLACEHOLDER_PAGE = `<!doctype html><meta charset="utf-8"><title>Pulsegraph</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto">
<h1>Pulsegraph</h1><p>The web app is not built yet. Explore the API in <a href="/graphql">GraphiQL</a>.</p></body>`;

/** Operations' kinds, remembered per document text (a client sends the same few again and again). */
const MAX_REMEMBERED_OPERATIONS = 1_000;
const MAX_REMEMBERED_TEXT = 8_192;

interface OperationKind {
  subscription: boolean;
  /** A `changes` subscription or a live query: what an event stream's `Last-Event-ID` resumes. */
  resumesByHeader: boolean;
}
const UNPARSED: OperationKind = { subscription: false, resumesByHeader: false };

export interface HttpRouterParts {
  services: Services;
  yoga: Yoga;
  admission: Admission;
  documents: Documents;
  graphqlPath: string;
  graphiql: GraphiQLOptions;
  webDist: string;
  sse: { keepAlive: KeepAlive<{ beat(): void }>; open: Set<ServerResponse> };
  /** Where the router leaves, per request it hands Yoga, who admission let in (read by Yoga's context factory). */
  admitted: AdmittedRequests;
  /** Resolves when the database and the bus answer; throws with the reason otherwise. */
  ready(): Promise<void>;
}

/**
 * The HTTP side of the server: health and metrics, GraphiQL and the web app's files, and GraphQL
 * over HTTP, where admission decides who comes in and the `Accept` header decides between a JSON
 * answer (through Yoga) and an event stream (transport/sse.ts).
 */
export function createHttpRouter(parts: HttpRouterParts): (req: IncomingMessage, res: ServerResponse) => void {
  const { services, yoga, admission, documents, graphqlPath } = parts;
  const { config, logger } = services;
  const serveWeb = existsSync(parts.webDist) ? sirv(parts.webDist, { single: true, etag: true }) : undefined;
  const kinds = new Map<string, OperationKind>();

  /**
   * What the router needs to know of a request's operation (the chosen path reports a syntax error).
   * Parsed without locations and under the token limit; remembered only for short texts, so a
   * stream of large distinct documents cannot fill memory.
   */
  function kindOf(params: OperationParams): OperationKind {
    if (typeof params.query !== 'string') return UNPARSED;
    const key = params.query.length <= MAX_REMEMBERED_TEXT ? `${String(params.operationName ?? '')}\n${params.query}` : undefined;
    let known = key === undefined ? undefined : kinds.get(key);
    if (known === undefined) {
      let operation: OperationDefinitionNode | null | undefined;
      try {
        operation = getOperationAST(parse(params.query, { noLocation: true, maxTokens: config.limits.maxQueryTokens }), (params.operationName as string | undefined) ?? undefined);
      } catch {
        operation = undefined;
      }
      known = { subscription: operation?.operation === 'subscription', resumesByHeader: resumesFromLastEventId(operation ?? undefined) };
      if (key !== undefined) {
        if (kinds.size >= MAX_REMEMBERED_OPERATIONS) kinds.clear();
        kinds.set(key, known);
      }
    }
    return known;
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    // OPTIONS is CORS's preflight, which Yoga answers.
    if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'OPTIONS') return sendDomainError(res, new UnsupportedMethod(req.method ?? ''));
    const accept = req.headers.accept;
    const negotiated = negotiate(accept);
    if (req.method === 'GET' && accept?.includes('text/html')) return sendGraphiQLPage(res, parts.graphiql);

    const token = bearerToken(req.headers.authorization);
    // An event stream resuming with Last-Event-ID is a reconnect: it spends the resume budget (and the
    // operation budget too, below, if what it runs resumes nothing).
    const resuming = req.headers['last-event-id'] !== undefined && negotiated.eventStream;
    const admitted = await admission.admitRequest({ token, address: clientAddress(req), resuming });
    for (const [name, value] of Object.entries(rateLimitHeaders(admitted.budget))) res.setHeader(name, value);
    if (admitted.refusal) return sendDomainError(res, admitted.refusal);

    let params: OperationParams | GraphQLError;
    let body: Buffer | undefined;
    if (req.method === 'POST') {
      try {
        body = await readBody(req, config.limits.maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        res.setHeader('connection', 'close');
        return sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${config.limits.maxBodyBytes} bytes; send a smaller operation`);
      }
      if (body.length > 0 && !/^application\/(graphql-response\+|graphql\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
        return sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON, with "Content-Type: application/json"');
      }
      params = body.length === 0 ? queryStringParams(url) : bodyParams(body);
    } else {
      params = queryStringParams(url);
    }
    const sent = params;
    if (!(params instanceof GraphQLError)) params = documents.resolve(params, admitted.viewer);
    if (params instanceof GraphQLError) return sendRequestError(res, params, negotiated.json && accept?.includes(GRAPHQL_RESPONSE_JSON));

    const { viewer, tokenRejected } = admitted;
    const asStream = answersAsEventStream(negotiated, () => kindOf(params).subscription);
    // Only a signed-in event stream that resumes by the header is a resume; anything else with it (a
    // mutation, a sign-in, a query answered as JSON) spends the operation budget as well.
    if (resuming && !(asStream && viewer && kindOf(params).resumesByHeader)) {
      const charged = await admission.chargeAsOperation(admitted);
      if (charged) for (const [name, value] of Object.entries(rateLimitHeaders(charged.budget))) res.setHeader(name, value);
      if (charged?.refusal) return sendDomainError(res, charged.refusal);
    }
    if (asStream) {
      return handleSse(req, res, { services, yoga, keepAlive: parts.sse.keepAlive, open: parts.sse.open, viewer, tokenRejected, params, admission });
    }

    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
      else if (Array.isArray(value)) headers.set(key, value.join(', '));
    }
    // Yoga reads the parameters as checked and resolved here (a persisted query's text filled in).
    let target = url;
    let yogaBody: Buffer | string | undefined = body;
    if (req.method === 'POST') {
      // As sent, unless a persisted document's text was filled in.
      if (params !== sent || !body?.length) yogaBody = JSON.stringify(params);
      headers.set('content-type', 'application/json');
      headers.delete('content-length');
    } else {
      target = new URL(url);
      if (typeof params.query === 'string') target.searchParams.set('query', params.query);
    }
    if (!negotiated.json) headers.set('accept', 'application/json'); // answered as JSON whatever was asked: the event stream was not chosen
    // Yoga gets the admitted viewer through `admitted`, keyed by the request: a server context argument
    // would make Yoga copy it onto a prototype chain per request, slowing every resolver's reads.
    const request = new yoga.fetchAPI.Request(target.toString(), { method: req.method, headers, body: yogaBody as BodyInit | undefined });
    parts.admitted.set(request, { viewer, tokenRejected });
    const response = await yoga.handleRequest(request, {});
    if (response.status === 405) return sendDomainError(res, new MethodNotAllowed()); // a mutation over GET; one wording on every transport
    await sendFetchResponse(res, response, (body) => (isRequestError(response, body) ? 400 : response.status));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Routing needs only the path: the Host header is the client's to get wrong.
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request target is not a valid path');
    }
    switch (url.pathname) {
      case '/healthz':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end('ok');
      case '/readyz':
        try {
          await parts.ready();
          res.writeHead(200, { 'content-type': 'text/plain' });
          return void res.end('ready');
        } catch (error) {
          res.writeHead(503, { 'content-type': 'text/plain' });
          return void res.end(`not ready: ${(error as Error).message}`);
        }
      case '/metrics':
        res.writeHead(200, { 'content-type': services.metrics.registry.contentType });
        return void res.end(await services.metrics.registry.metrics());
      case graphqlPath:
        return handleGraphQL(req, res, url);
      default: {
        const exportOf = RESULTS_EXPORT_PATH.exec(url.pathname);
        if (exportOf) return sendResultsExport(req, res, { services, admission }, exportOf[1]!, url.searchParams);
        if (url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) {
          const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
          if (await sendGraphiQLAsset(res, name, url.searchParams.get('v'), req.headers)) return;
        }
        if (serveWeb) {
          // Its header links to GraphiQL: the files are read meanwhile, so that first visit need not wait for them.
          if (req.headers.accept?.includes('text/html')) warmGraphiQL();
          return serveWeb(req, res, () => sendGraphQLError(res, 404, 'NOT_FOUND', 'No such page'));
        }
        if (url.pathname === '/') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          return void res.end(PLACEHOLDER_PAGE);
        }
        return sendGraphQLError(res, 404, 'NOT_FOUND', `Nothing at ${url.pathname}; the API is at ${graphqlPath}`);
      }
    }
  }

  const unavailable = new Unavailable();
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (isConnectionFailure(error)) return sendDomainError(res, unavailable);
      logger.error({ err: error, url: req.url }, 'request failed');
      sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', UNEXPECTED_ERROR);
    });
  };
}

/**
 * GraphQL over HTTP: with `application/graphql-response+json`, a response without `data` (the
 * request failed before execution, e.g. a required variable missing) is a 4xx, never a 200.
 */
function isRequestError(response: Response, body: Buffer): boolean {
  if (response.status !== 200 || !response.headers.get('content-type')?.startsWith(GRAPHQL_RESPONSE_JSON)) return false;
  if (!body.subarray(0, 16).toString().includes('"errors"')) return false;
  return (JSON.parse(body.toString('utf8')) as { data?: unknown }).data === undefined;
}

/**
 * A request refused before GraphQL runs (a body that is not a well-formed operation, an unknown
 * persisted query, a capability): 400 unless the error carries its own status (403 for a capability).
 */
function sendRequestError(res: ServerResponse, error: GraphQLError, graphqlResponseJson: boolean | undefined): void {
  const http = httpHints(error);
  const status = http.status ?? 400;
  const { http: _http, ...extensions } = error.extensions;
  res.writeHead(status, {
    'content-type': graphqlResponseJson ? `${GRAPHQL_RESPONSE_JSON}; charset=utf-8` : 'application/json; charset=utf-8',
    ...(http.headers ?? {}),
  });
  res.end(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
}
