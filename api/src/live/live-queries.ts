import { getNamedType, getOperationAST, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { readLastSeq, readLogBounds } from '../changes/log.js';
import type { ChangeRecord } from '../changes/topics.js';
import type { Database, Executor } from '../db/database.js';
import type { DB } from '../db/tables.js';
import type { Metrics } from '../metrics.js';
import { declaredEntities } from '../entities.js';
import type { Part } from '../parts.js';
import type { Role, Viewer } from '../viewer.js';
import { answerOf, Cohort, type Answer, type Listener, type LiveQueryRequest } from './cohort.js';
import { parseLiveCursor } from './cursor.js';

export type { LiveQueryRequest } from './cohort.js';

/** Changes to these can change who may read what (a connection, a chat's members, a role), so every answer looks again. */
const VISIBILITY_TOPICS = new Set(['USER', 'CONNECTION', 'CHAT', 'API_KEY']);
/** Re-executions on SQLite while commits keep landing between reading the head and finishing; then one snapshot is read. */
const MAX_ATTEMPTS = 5;
/** New answers computed at once after a commit (the rest wait their round). */
const CONCURRENT_ANSWERS = 4;

/**
 * Live queries (`query … @live`): the answer, then a new answer whenever a committed change alters it,
 * each with the cursor it is consistent with. Beside the fan-out, not inside it: the fan-out executes
 * a change for its subscribers; this executes a query for a cohort when the hub's changes may touch it.
 */
export class LiveQueries implements Part {
  private readonly cohorts = new Map<string, Cohort>();
  private stopListening = () => {};

  constructor(
    private readonly parts: {
      database: Pick<Database, 'db' | 'dialect'>;
      schema: GraphQLSchema;
      hub: { listen(listener: (records: readonly ChangeRecord[]) => void): () => void };
      logger: Logger;
      metrics: Pick<Metrics, 'liveQueryExecutions'>;
      /** The person's role as the given snapshot of the database has it (accounts). */
      roleAt: (db: Executor, userId: string) => Promise<Role | undefined>;
    },
  ) {}

  /** The change topic of each entity type (entities.ts), once every module has declared its own. */
  private topicOfType: ReadonlyMap<string, string> | undefined;

  start(): void {
    this.stopListening = this.parts.hub.listen((records) => this.committed(records));
  }

  stop(): void {
    this.stopListening();
    this.due.clear();
    for (const cohort of this.cohorts.values()) cohort.close();
    this.cohorts.clear();
  }

  get cohortCount(): number {
    return this.cohorts.size;
  }

  /** The answers of one live query, as graphql-ws and SSE stream them. */
  open(request: LiveQueryRequest): AsyncIterableIterator<ExecutionResult> {
    const key = cohortKey(request);
    let cohort = this.cohorts.get(key);
    if (!cohort) {
      cohort = new Cohort(key, request, this.topicsRead(request.args.document), (r, reason) => this.answer(r, reason), this.parts.logger);
      this.cohorts.set(key, cohort);
    }
    const queue: ExecutionResult[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const after = request.after === undefined ? undefined : parseLiveCursor(request.after);
    const listener: Listener = {
      push: (result) => {
        queue.push(result);
        wake?.();
      },
      holds: after?.hash,
      reset: false,
      pending: after !== undefined,
    };
    const joined = cohort;
    const leave = () => {
      done = true;
      joined.listeners.delete(listener);
      if (joined.listeners.size === 0 && this.cohorts.get(key) === joined) {
        this.cohorts.delete(key);
        joined.close();
      }
      wake?.();
    };
    // Joined at once, so the cohort is not dropped by a listener leaving meanwhile.
    joined.listeners.add(listener);
    void (async () => {
      if (after) {
        listener.reset = after.seq < (await readLogBounds(this.parts.database.db)).prunedThrough;
        listener.pending = false;
      }
      if (joined.answer) joined.offer(listener);
      else await joined.first();
    })().catch((error: unknown) => this.parts.logger.warn({ err: error }, 'a live query could not start'));
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (queue.length > 0) return { value: queue.shift()!, done: false };
        return { value: undefined, done: true };
      },
      return: async () => {
        leave();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }

  /** Cohorts a committed change may touch, waiting for their new answer (each once, however many changes touched it). */
  private readonly due = new Set<Cohort>();
  private draining = false;

  /** Each cohort a batch of committed changes may touch looks again, once for the batch. */
  private committed(records: readonly ChangeRecord[]): void {
    for (const cohort of this.cohorts.values()) {
      if (records.some((record) => touches(cohort, record))) this.due.add(cohort);
    }
    void this.drain();
  }

  /**
   * Answers the due cohorts a few at a time, yielding to the event loop between rounds: hundreds of
   * executions started at once would queue on the database connection and hold back the writes (and
   * the change stream) behind them, and each cohort still answers once per round however many
   * commits touched it meanwhile.
   */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.due.size > 0) {
        const round = [...this.due].slice(0, CONCURRENT_ANSWERS);
        for (const cohort of round) this.due.delete(cohort);
        await Promise.all(round.filter((cohort) => this.cohorts.get(cohort.key) === cohort).map((cohort) => cohort.refresh()));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * The query's answer and the cursor it is consistent with, read as the viewer's role stood at that
   * cursor (a role changed on another instance may reach this one's sessions after its change does).
   * On SQLite (one connection, commits between statements) the log's head is read before and after the
   * execution, and the answer is kept when no commit landed in between. On PostgreSQL, whose pooled
   * connections each see commits as they land, and on SQLite when commits keep landing, the head and the
   * query are read in one snapshot (a REPEATABLE READ transaction, which the query's resolvers use as
   * their database).
   */
  private async answer(request: LiveQueryRequest, reason: 'first' | 'change'): Promise<Answer> {
    const { database, metrics } = this.parts;
    metrics.liveQueryExecutions.inc({ reason });
    if (database.dialect === 'sqlite') {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const before = await readLastSeq(database.db);
        const result = await request.execute(await this.argsAt(request, database.db));
        if ((await readLastSeq(database.db)) === before) return answerOf(before, result);
      }
    }
    const transaction = database.dialect === 'postgres' ? database.db.transaction().setIsolationLevel('repeatable read') : database.db.transaction();
    return transaction.execute(async (trx) => {
      const seq = await readLastSeq(trx);
      return answerOf(seq, await request.execute(await this.argsAt(request, trx, trx)));
    });
  }

  /** The request's arguments with the viewer's role as `db` has it, and the snapshot as the resolvers' database when given. */
  private async argsAt(request: LiveQueryRequest, db: Executor, snapshot?: Executor): Promise<ExecutionArgs> {
    // The request's context (context.ts, which this module cannot import: it is part of Services).
    const context = request.args.contextValue as { viewer: Viewer; services: { database: object } };
    // A plain value, not the session's live role: a later change must not reach an answer mid-execution.
    const viewer = { ...context.viewer, role: (await this.parts.roleAt(db, request.viewer.id)) ?? request.viewer.role };
    const services = snapshot ? { ...context.services, database: { ...context.services.database, db: snapshot as unknown as Kysely<DB> } } : context.services;
    return { ...request.args, contextValue: { ...context, viewer, services } };
  }

  private topics(): ReadonlyMap<string, string> {
    return (this.topicOfType ??= new Map(declaredEntities().map((entity) => [entity.typeName, entity.topic])));
  }


  /** The topics of the entity types the document reads; undefined when it reads none we know (so anything may touch it). */
  private topicsRead(document: DocumentNode): ReadonlySet<string> | undefined {
    const typeInfo = new TypeInfo(this.parts.schema);
    const topics = new Set<string>();
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field: () => {
          const type = typeInfo.getType();
          const topic = type && this.topics().get(getNamedType(type).name);
          if (topic) topics.add(topic);
        },
      }),
    );
    return topics.size > 0 ? topics : undefined;
  }
}


/**
 * Identical live queries share a cohort: the same document, operation, viewer and variables, except the
 * variable `@live(after:)` reads, which says what one client already holds, not what the answer is.
 */
function cohortKey({ args, viewer }: LiveQueryRequest): string {
  const cursorVariable = liveCursorVariable(args);
  const variables = Object.fromEntries(Object.entries(args.variableValues ?? {}).filter(([name]) => name !== cursorVariable));
  return JSON.stringify([viewer.id, viewer.apiKey?.id ?? null, args.operationName ?? null, variables, printed(args.document)]);
}

function liveCursorVariable({ document, operationName }: ExecutionArgs): string | undefined {
  const operation = getOperationAST(document, operationName);
  const after = operation?.directives?.find((directive) => directive.name.value === 'live')?.arguments?.find((argument) => argument.name.value === 'after')?.value;
  return after?.kind === Kind.VARIABLE ? after.name.value : undefined;
}

const printedDocuments = new WeakMap<DocumentNode, string>();
function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) {
    text = document.loc?.source.body ?? JSON.stringify(document);
    printedDocuments.set(document, text);
  }
  return text;
}

/** May this committed change alter the cohort's answer? Only if its viewer may read it, and it is of a type the query read (or can change who reads what). */
function touches(cohort: Cohort, record: ChangeRecord): boolean {
  if (!record.isPublic && !record.audience?.has(cohort.viewerId)) return false;
  if (cohort.topics === undefined || VISIBILITY_TOPICS.has(record.topic)) return true;
  return cohort.topics.has(record.topic);
}
