import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { ChangeSink } from '../changes/sink.js';
import { RateLimited } from '../errors.js';
import { isApiKeySecret } from '../modules/apiKeys/service.js';
import type { UsageMeter } from '../modules/apiKeys/usage.js';
import type { Viewer } from '../viewer.js';
import { rateLimitKey, spend, type BudgetState, type RateLimits } from './rate-limit.js';

type Transport = 'http' | 'websocket';

export interface Admitted {
  viewer: Viewer | null;
  /** A token was sent but is unknown, expired or revoked (as opposed to no token at all). */
  tokenRejected: boolean;
  /** The bucket this caller's later operations spend from (a WebSocket's subscribes). */
  rateKey: string;
}

export type Admission = ReturnType<typeof createAdmission>;

/**
 * A resume, which spends the resume budget: a `changes` subscription whose `after` carries a cursor,
 * or a live query whose `@live(after:)` does, written as a string literal or through a variable of any
 * name whose value (or default) is a string. Decided from the parsed operation, never from how a
 * client names its variables.
 */
export function isResume(operation: OperationDefinitionNode | undefined, variables: Record<string, unknown> | undefined): boolean {
  if (operation?.operation === 'query') {
    const live = operation.directives?.find((directive) => directive.name.value === 'live');
    return carriesCursor(live?.arguments?.find((argument) => argument.name.value === 'after')?.value, operation, variables);
  }
  if (operation?.operation !== 'subscription' || operation.selectionSet.selections.length !== 1) return false;
  const root = operation.selectionSet.selections[0]!;
  if (root.kind !== Kind.FIELD || root.name.value !== 'changes') return false;
  return carriesCursor(root.arguments?.find((argument) => argument.name.value === 'after')?.value, operation, variables);
}

/**
 * An operation an SSE reconnect resumes through `Last-Event-ID` (the transport reads the cursor from
 * the header): a `changes` subscription or a live query. Only those spend the resume budget when the
 * header is sent; a mutation or a plain query carrying it is an operation like any other.
 */
export function resumesFromLastEventId(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation === 'query') return operation.directives?.some((directive) => directive.name.value === 'live') ?? false;
  if (operation?.operation !== 'subscription' || operation.selectionSet.selections.length !== 1) return false;
  const root = operation.selectionSet.selections[0]!;
  return root.kind === Kind.FIELD && root.name.value === 'changes';
}

function carriesCursor(after: ValueNode | undefined, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): boolean {
  if (after?.kind === Kind.STRING) return true;
  if (after?.kind !== Kind.VARIABLE) return false;
  const name = after.name.value;
  if (variables && name in variables) return typeof variables[name] === 'string';
  const declared = operation.variableDefinitions?.find((definition) => definition.variable.name.value === name);
  return declared?.defaultValue?.kind === Kind.STRING;
}

/**
 * The one place that decides who may come in and what they have left to spend, for every
 * transport: HTTP and SSE requests (`admitRequest`), WebSocket connections (`admitConnection`)
 * and their operations (`admitOperation`), and the streams they open (`admitStream`, `meter`).
 * What each operation may do once in is `capabilityRefusal` (capabilities.ts), asked by the
 * operation pipeline for every transport alike.
 *
 * Budgets are spent before the token is looked up, so a flood of requests costs no reads; a
 * token that turns out unknown also spends its address's budget, so guessing tokens stays slow.
 */
export function createAdmission(parts: {
  sessions: { authenticate(token: string): Promise<Viewer | undefined> };
  rateLimits: RateLimits;
  usage: UsageMeter;
  metrics: { rateLimited: { inc(labels: { transport: string }): void } };
}) {
  const { rateLimits, usage, metrics } = parts;

  const refused = (transport: Transport, error: RateLimited) => {
    metrics.rateLimited.inc({ transport });
    return error;
  };

  /** The budget an operation spends: an API key's own, or a session's (resumes apart). */
  const spendOperation = (apiKey: boolean, key: string, resuming: boolean) =>
    apiKey
      ? spend(rateLimits.apiKeyRequests, key, 'requests')
      : spend(resuming ? rateLimits.resumes : rateLimits.operations, key, resuming ? 'resumes' : 'requests');

  /** Its address's operation budget, spent by a request without a valid token, so guessing tokens stays slow. */
  const spendAddress = (address: string) => spend(rateLimits.operations, rateLimitKey(undefined, address), 'requests');

  return {
    /**
     * An HTTP request (a query, a mutation, an SSE stream). `refusal` is the RATE_LIMITED to answer
     * with when over budget; `budget` is where the caller's budget stands, for the RateLimit headers.
     */
    async admitRequest(request: { token?: string; address: string; resuming: boolean }): Promise<Admitted & { budget: BudgetState; refusal?: RateLimited }> {
      const key = rateLimitKey(request.token, request.address);
      const spent = await spendOperation(request.token !== undefined && isApiKeySecret(request.token), key, request.resuming);
      if (spent.refused) {
        return { viewer: null, tokenRejected: false, rateKey: key, budget: spent.state, refusal: refused('http', spent.refused) };
      }
      const viewer = request.token ? ((await parts.sessions.authenticate(request.token)) ?? null) : null;
      if (request.token && !viewer) {
        const guess = await spendAddress(request.address);
        if (guess.refused) return { viewer: null, tokenRejected: true, rateKey: key, budget: guess.state, refusal: refused('http', guess.refused) };
      }
      if (viewer?.apiKey) usage.count(viewer.apiKey.id, 'requests');
      return { viewer, tokenRejected: Boolean(request.token) && !viewer, rateKey: key, budget: spent.state };
    },

    /**
     * An HTTP request admitted as a resume (`Last-Event-ID` on an event stream) whose operation
     * turned out not to resume anything (`resumesFromLastEventId`): it also spends the operation
     * budget, as it would have without the header. An API key's one budget was spent already.
     */
    async chargeAsOperation(admitted: Pick<Admitted, 'viewer' | 'rateKey'>): Promise<{ budget: BudgetState; refusal?: RateLimited } | undefined> {
      if (admitted.viewer?.apiKey) return undefined;
      const spent = await spend(rateLimits.operations, admitted.rateKey, 'requests');
      return { budget: spent.state, refusal: spent.refused && refused('http', spent.refused) };
    },

    /**
     * A WebSocket's connection_init. A valid token's (re)connect spends its resume budget (an API
     * key's, its request budget); a missing or refused token spends its address's operation budget.
     * `refusal` is the RATE_LIMITED to close with.
     */
    async admitConnection(request: { token?: string; address: string }): Promise<Admitted & { refusal?: RateLimited }> {
      const key = rateLimitKey(request.token, request.address);
      const viewer = request.token ? ((await parts.sessions.authenticate(request.token)) ?? null) : null;
      const spent = viewer ? await spendOperation(viewer.apiKey !== undefined, key, true) : await spendAddress(request.address);
      return {
        viewer,
        tokenRejected: Boolean(request.token) && !viewer,
        rateKey: key,
        refusal: spent.refused && refused('websocket', spent.refused),
      };
    },

    /**
     * One operation on an admitted WebSocket, parsed (undefined when it did not parse or names no
     * operation): a resume (`isResume`) spends the resume budget, anything else the operation budget.
     * The RATE_LIMITED to answer with, if over budget.
     */
    async admitOperation(
      connection: { viewer: Viewer; rateKey: string },
      operation: OperationDefinitionNode | undefined,
      variables: Record<string, unknown> | undefined,
    ): Promise<RateLimited | undefined> {
      const key = connection.viewer.apiKey;
      const spent = await spendOperation(key !== undefined, connection.rateKey, isResume(operation, variables));
      if (spent.refused) return refused('websocket', spent.refused);
      if (key) usage.count(key.id, 'requests');
      return undefined;
    },

    /** A `changes` stream or a live query about to open: an API key over its delivery budget waits for its window. */
    admitStream(viewer: Viewer): void {
      const key = viewer.apiKey;
      if (!key) return;
      const wait = usage.overBudget(key.id);
      if (wait !== undefined) throw new RateLimited(wait);
      usage.count(key.id, 'subscriptions');
    },

    /** The sink as an API key's usage sees it (its `changes` and live answers): each frame a delivery, its bytes counted, a cut-off counted. Sessions' sinks pass through. */
    meter(viewer: Viewer | null, sink: ChangeSink): ChangeSink {
      const keyId = viewer?.apiKey?.id;
      return keyId === undefined ? sink : new MeteredSink(sink, usage, keyId);
    },
  };
}

class MeteredSink implements ChangeSink {
  constructor(
    private readonly sink: ChangeSink,
    private readonly usage: UsageMeter,
    private readonly keyId: string,
  ) {}

  send(frame: Buffer): void {
    this.usage.delivered(this.keyId, frame.length);
    this.sink.send(frame);
  }

  cork(): void {
    this.sink.cork();
  }

  uncork(): void {
    this.sink.uncork();
  }

  bufferedBytes(): number {
    return this.sink.bufferedBytes();
  }

  drained(): Promise<void> {
    return this.sink.drained();
  }

  isOpen(): boolean {
    return this.sink.isOpen();
  }

  cutLoose(): void {
    this.usage.count(this.keyId, 'cutOffs');
    this.sink.cutLoose();
  }
}
