import { existsSync, readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { sha256 } from '../digest.js';
import { MissingCapability } from '../errors.js';
import type { Viewer } from '../viewer.js';
import type { OperationParams } from './operation.js';

/**
 * Automatic persisted queries remembered per instance: at most this many, holding at most this many
 * characters in all; past either, the oldest are forgotten (the client re-sends the text). A text
 * longer than MAX_AUTOMATIC_TEXT is run but not remembered, so no client can fill memory with large ones.
 */
const MAX_AUTOMATIC = 5_000;
const MAX_AUTOMATIC_CHARACTERS = 16 * 1024 * 1024;
const MAX_AUTOMATIC_TEXT = 64 * 1024;

/** Apollo's persisted-query link resends the text on exactly this message or code. */
function persistedQueryNotFound(): GraphQLError {
  return new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
}

function readPersistedQuery(extensions: unknown): { sha256Hash: string } | undefined {
  const persisted = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? { sha256Hash: persisted.sha256Hash } : undefined;
}

/**
 * Documents a request may name instead of sending: Apollo's automatic persisted queries
 * (`extensions.persistedQuery.sha256Hash`, the text registered by its first use) and trusted
 * documents (the web app's, registered at build time from codegen's persisted documents), which
 * an API key can be limited to. Every transport resolves the operation's text here, before parsing.
 */
export class Documents {
  private readonly automatic = new Map<string, string>();
  private automaticCharacters = 0;

  constructor(
    private readonly trusted: ReadonlyMap<string, string>,
    private readonly counted: { inc(labels: { outcome: 'hit' | 'miss' | 'registered' }): void },
  ) {}

  /** The trusted documents of a codegen `persisted-documents.json` ({ hash: text }), keyed by the text's sha256. */
  static fromManifest(path: string, counted: Documents['counted']): Documents {
    if (!existsSync(path)) return new Documents(new Map(), counted);
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    return new Documents(new Map(Object.values(manifest).map((text) => [sha256(text), text])), counted);
  }

  /** Is this text one of the trusted documents (registered at build time)? */
  isTrusted(text: string): boolean {
    return this.trusted.has(sha256(text));
  }

  get trustedCount(): number {
    return this.trusted.size;
  }

  /**
   * The parameters with `query` filled in from a persisted document, or the error to answer.
   * An API key limited to trusted documents runs only those, sent by hash or in full.
   */
  resolve(params: OperationParams, viewer: Viewer | null): OperationParams | GraphQLError {
    const persisted = readPersistedQuery(params.extensions);
    const documentId = typeof params.documentId === 'string' ? params.documentId.replace(/^sha256:/, '') : undefined;
    let resolved = params;
    if (typeof params.query === 'string' && params.query !== '') {
      if (persisted) {
        if (sha256(params.query) !== persisted.sha256Hash) {
          return new GraphQLError('provided sha does not match query', {
            extensions: { code: 'BAD_USER_INPUT', field: 'extensions.persistedQuery.sha256Hash' },
          });
        }
        if (this.remember(persisted.sha256Hash, params.query)) this.counted.inc({ outcome: 'registered' });
      }
    } else {
      const hash = persisted?.sha256Hash ?? documentId;
      if (hash !== undefined) {
        const text = this.trusted.get(hash) ?? this.automatic.get(hash);
        this.counted.inc({ outcome: text === undefined ? 'miss' : 'hit' });
        if (text === undefined) return persistedQueryNotFound();
        resolved = { ...params, query: text };
      }
    }
    if (viewer?.apiKey?.capabilities.trustedDocumentsOnly && typeof resolved.query === 'string' && !this.isTrusted(resolved.query)) {
      return new MissingCapability('trustedDocuments', 'This API key runs only trusted documents: send one of the registered documents, by hash or in full');
    }
    return resolved;
  }

  /** True when the text was not known yet and is remembered now. */
  private remember(hash: string, text: string): boolean {
    if (this.automatic.has(hash) || this.trusted.has(hash) || text.length > MAX_AUTOMATIC_TEXT) return false;
    while (this.automatic.size >= MAX_AUTOMATIC || this.automaticCharacters + text.length > MAX_AUTOMATIC_CHARACTERS) {
      const [oldest, oldText] = this.automatic.entries().next().value!;
      this.automatic.delete(oldest);
      this.automaticCharacters -= oldText.length;
    }
    this.automatic.set(hash, text);
    this.automaticCharacters += text.length;
    return true;
  }
}
