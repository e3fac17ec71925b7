import Negotiator from 'negotiator';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const JSON_TYPES = [GRAPHQL_RESPONSE_JSON, 'application/json'];
const EVENT_STREAM = 'text/event-stream';

export interface Negotiated {
  /** A JSON response is acceptable. */
  json: boolean;
  /** An event stream is acceptable. */
  eventStream: boolean;
  /** The client ranks the event stream above every JSON type (by q-value, then by order). */
  eventStreamPreferred: boolean;
}

/**
 * What the `Accept` header allows, by its q-values and order (RFC 9110 section 12.5.1); no header
 * accepts any JSON. An event stream must be named: a wildcard never turns a request into a
 * response that does not end.
 */
export function negotiate(accept: string | undefined): Negotiated {
  let negotiated = remembered.get(accept);
  if (!negotiated) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(accept, (negotiated = rank(accept)));
  }
  return negotiated;
}

/** A client sends the same Accept header with every request: each is ranked once. */
const remembered = new Map<string | undefined, Negotiated>();
const MAX_REMEMBERED = 500;

function rank(accept: string | undefined): Negotiated {
  const ranked = new Negotiator({ headers: { accept } }).mediaTypes([...JSON_TYPES, EVENT_STREAM]);
  return {
    json: ranked.some((type) => JSON_TYPES.includes(type)),
    eventStream: ranked.includes(EVENT_STREAM) && accept !== undefined && /text\/event-stream/i.test(accept),
    eventStreamPreferred: ranked[0] === EVENT_STREAM,
  };
}

/**
 * Whether to answer over Server-Sent Events: a subscription whenever an event stream is
 * acceptable; a query or mutation only when the client prefers the stream or accepts no JSON.
 */
export function answersAsEventStream(negotiated: Negotiated, isSubscription: () => boolean): boolean {
  if (!negotiated.eventStream) return false;
  return negotiated.eventStreamPreferred || !negotiated.json || isSubscription();
}
