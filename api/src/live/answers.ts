import { getOperationAST, Kind, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { readLastSeq } from '../changes/log.js';
import { isConnectionFailure } from '../db/availability.js';
import { Unavailable } from '../errors.js';
import type { Database, Executor } from '../db/database.js';
import type { DB } from '../db/tables.js';
import type { Metrics } from '../metrics.js';
import type { Role, Viewer } from '../viewer.js';
import { answerOf, type Answer, type LiveQueryRequest } from './cohort.js';

/** Re-executions on SQLite while commits keep landing between reading the head and finishing; then one snapshot is read. */
const MAX_ATTEMPTS = 5;
/** Operations remembered as personal (a `post(id: $id)` is one per id). */
const MAX_PERSONAL_OPERATIONS = 10_000;
/**
 * Shared answers remembered for first answers (one per operation and role). Those a cohort still holds
 * cost nothing more; the rest are a cache, whose oldest is let go first.
 */
const MAX_REMEMBERED_ANSWERS = 1_000;

export interface AnswerParts {
  database: Pick<Database, 'db' | 'dialect'>;
  metrics: Pick<Metrics, 'liveQueryExecutions' | 'liveQueryAnswersRemembered'>;
  logger: Logger;
  /** Each person's role as the given snapshot of the database has it (accounts). */
  rolesAt: (db: Executor, userIds: readonly string[]) => Promise<ReadonlyMap<string, Role>>;
}

interface Waiting {
  request: LiveQueryRequest;
  resolve(answer: Answer): void;
  reject(error: unknown): void;
}

/**
 * Computes live answers, each with the cursor it is consistent with. The new answers a commit asks of
 * people running the same operation are computed together: in one snapshot, once per role, with a
 * viewer that stands for everyone of that role. An answer that reads who the viewer is (their id or
 * session, as a feed or a member's own email does) is thrown away and computed per person in the same
 * snapshot, and that operation is computed per person from then on.
 *
 * A shared answer is remembered, with the log's head it is consistent with: a first answer to the same
 * operation for someone of the same role, asked while the head is still there, is that answer (no
 * commit since can have changed it), so a storm of people opening the same live query costs one
 * execution and one serialization.
 */
export class LiveAnswers {
  /** Operations whose answers depend on the person (keys of `operationKey`). */
  private readonly personal = new Set<string>();
  /** The latest shared answer of each operation, per role (`sharedKey`). */
  private readonly remembered = new Map<string, Answer>();
  /** Requests waiting for the end of this turn of the event loop, by operation. */
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(private readonly parts: AnswerParts) {}

  /** The key under which answers to this request may be shared with other people's, or undefined (an API key's, or a personal operation's). */
  shareKey(request: LiveQueryRequest): string | undefined {
    if (request.viewer.apiKey) return undefined;
    const key = operationKey(request.args);
    return this.personal.has(key) ? undefined : key;
  }

  answer(request: LiveQueryRequest, reason: 'first' | 'change'): Promise<Answer> {
    const key = this.shareKey(request);
    if (key === undefined) return this.answerAlone(request, reason);
    if (reason === 'first') return this.answerFirst(key, request);
    return new Promise((resolve, reject) => {
      let batch = this.waiting.get(key);
      if (!batch) {
        const started: Waiting[] = [];
        this.waiting.set(key, (batch = started));
        // Every cohort a commit makes due asks in the same turn (LiveQueries.drain): answered together after it.
        setImmediate(() => {
          this.waiting.delete(key);
          void this.answerTogether(key, started);
        });
      }
      batch.push({ request, resolve, reject });
    });
  }

  private async answerAlone(request: LiveQueryRequest, reason: 'first' | 'change'): Promise<Answer> {
    const { seq, value } = await this.atSnapshot(async (db, snapshot) => {
      const role = (await this.parts.rolesAt(db, [request.viewer.id])).get(request.viewer.id) ?? request.viewer.role;
      return this.execute(request, { ...viewerOf(request), role }, reason, snapshot);
    });
    return answerOf(seq, value);
  }

  /** The remembered answer while the log's head has not moved from it, else one computed for the viewer's role. */
  private async answerFirst(key: string, request: LiveQueryRequest): Promise<Answer> {
    const { db } = this.parts.database;
    const viewerId = request.viewer.id;
    // The role before the head: the same head after it means no commit (a role change is one) came between.
    const role = (await this.parts.rolesAt(db, [viewerId])).get(viewerId) ?? request.viewer.role;
    const known = this.remembered.get(sharedKey(role, key));
    if (known && (await readLastSeq(db)) === known.seq) {
      this.parts.metrics.liveQueryAnswersRemembered.inc();
      return known;
    }
    const { seq, value } = await this.atSnapshot(async (db, snapshot) => {
      const role = (await this.parts.rolesAt(db, [viewerId])).get(viewerId) ?? request.viewer.role;
      const shared = this.personal.has(key) ? undefined : await this.executeAsRole(key, request, role, 'first', snapshot);
      return { role, shared, result: shared ?? (await this.execute(request, { ...viewerOf(request), role }, 'first', snapshot)) };
    });
    const answer = answerOf(seq, value.result);
    if (value.shared) this.remember(sharedKey(value.role, key), answer);
    return answer;
  }

  private remember(key: string, answer: Answer): void {
    this.remembered.delete(key); // set again below, as the newest
    if (this.remembered.size >= MAX_REMEMBERED_ANSWERS) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(key, answer);
  }

  private async answerTogether(key: string, batch: Waiting[]): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch;
      return this.answerAlone(only!.request, 'change').then(only!.resolve, only!.reject);
    }
    try {
      const { seq, value } = await this.atSnapshot(async (db, snapshot) => {
        const roles = await this.parts.rolesAt(db, batch.map(({ request }) => request.viewer.id));
        const byRole = new Map<Role, ExecutionResult>();
        const results: ExecutionResult[] = [];
        for (const { request } of batch) {
          const role = roles.get(request.viewer.id) ?? request.viewer.role;
          if (!this.personal.has(key) && !byRole.has(role)) {
            const shared = await this.executeAsRole(key, request, role, 'change', snapshot);
            if (shared) byRole.set(role, shared);
          }
          const shared = this.personal.has(key) ? undefined : byRole.get(role);
          results.push(shared ?? (await this.execute(request, { ...viewerOf(request), role }, 'change', snapshot)));
        }
        return { results, byRole };
      });
      // One answer (its hash) per distinct result: people of one role share the same object.
      const answers = new Map<ExecutionResult, Answer>();
      const answerTo = (result: ExecutionResult) => {
        let answer = answers.get(result);
        if (!answer) answers.set(result, (answer = answerOf(seq, result)));
        return answer;
      };
      if (!this.personal.has(key)) for (const [role, result] of value.byRole) this.remember(sharedKey(role, key), answerTo(result));
      batch.forEach(({ resolve }, index) => resolve(answerTo(value.results[index]!)));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }

  /**
   * The answer everyone of `role` shares, or undefined when the execution asked who its viewer is:
   * then the operation (`key`) is personal from now on, and this result is thrown away.
   */
  private async executeAsRole(key: string, request: LiveQueryRequest, role: Role, reason: 'first' | 'change', snapshot?: Executor): Promise<ExecutionResult | undefined> {
    const read = { identity: false };
    const result = await this.execute(request, roleViewer(role, read), reason, snapshot);
    if (!read.identity) return result;
    if (this.personal.size >= MAX_PERSONAL_OPERATIONS) this.personal.clear(); // each is found out again, at one execution's cost
    this.personal.add(key); // its remembered answers are not asked for again: shareKey leaves it out
    this.parts.logger.info({ operationName: request.args.operationName }, 'a live query reads who its viewer is: its answers are computed per person');
    return undefined;
  }

  /**
   * One execution of the request's operation as `viewer`, on the snapshot when given. A result that
   * met a lost database is no answer (it would show what it could not read as missing): it throws,
   * and the cohort asks again (as `executeChange` does for a change).
   */
  private async execute(request: LiveQueryRequest, viewer: Viewer, reason: 'first' | 'change', snapshot?: Executor): Promise<ExecutionResult> {
    this.parts.metrics.liveQueryExecutions.inc({ reason });
    // The request's context (context.ts, which this module cannot import: it is part of Services).
    const context = request.args.contextValue as { services: { database: object } };
    const services = snapshot ? { ...context.services, database: { ...context.services.database, db: snapshot as unknown as Kysely<DB> } } : context.services;
    const result = await request.execute({ ...request.args, contextValue: { ...context, viewer, services } });
    if (result.errors?.some(isConnectionFailure)) throw new Unavailable();
    return result;
  }

  /**
   * Runs `read` on one state of the database and says which: the log's head it is consistent with.
   * On SQLite (one connection, commits between statements) the head is read before and after, and the
   * result kept when no commit landed in between. On PostgreSQL, whose pooled connections each see
   * commits as they land, and on SQLite when commits keep landing, the head and the reads share one
   * snapshot (a REPEATABLE READ transaction, which the resolvers get as their database).
   */
  private async atSnapshot<T>(read: (db: Executor, snapshot?: Executor) => Promise<T>): Promise<{ seq: number; value: T }> {
    const { database } = this.parts;
    if (database.dialect === 'sqlite') {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const before = await readLastSeq(database.db);
        const value = await read(database.db);
        if ((await readLastSeq(database.db)) === before) return { seq: before, value };
      }
    }
    const transaction = database.dialect === 'postgres' ? database.db.transaction().setIsolationLevel('repeatable read') : database.db.transaction();
    return transaction.execute(async (trx) => ({ seq: await readLastSeq(trx), value: await read(trx, trx) }));
  }
}

const sharedKey = (role: Role, operation: string) => `${role}\n${operation}`;

/** The request's viewer: the context's (not the session's live role, which the snapshot's replaces). */
const viewerOf = (request: LiveQueryRequest): Viewer => (request.args.contextValue as { viewer: Viewer }).viewer;

/**
 * A viewer that stands for everyone of `role`. Asked who it is, it says nothing (the execution fails)
 * and records that it was asked, so the answer is computed per person instead.
 */
function roleViewer(role: Role, read: { identity: boolean }): Viewer {
  const identity = (): never => {
    read.identity = true;
    throw new Error('a shared live answer read who its viewer is');
  };
  return {
    role,
    get id(): string {
      return identity();
    },
    get sessionId(): string {
      return identity();
    },
    get sessionExpiresAt(): number {
      return identity();
    },
  };
}

/**
 * What an answer is an answer to: the operation and its variables, except the variable `@live(after:)`
 * reads, which says what one client already holds, not what the answer is.
 */
export function operationKey(args: ExecutionArgs): string {
  let key = operationKeys.get(args);
  if (key === undefined) {
    const cursorVariable = liveCursorVariable(args);
    const variables = Object.fromEntries(Object.entries(args.variableValues ?? {}).filter(([name]) => name !== cursorVariable));
    operationKeys.set(args, (key = JSON.stringify([args.operationName ?? null, variables, printed(args.document)])));
  }
  return key;
}
const operationKeys = new WeakMap<ExecutionArgs, string>();

/** The variable `@live(after:)` reads, when nothing else in the operation reads it (then it could change the answer). */
function liveCursorVariable({ document, operationName }: ExecutionArgs): string | undefined {
  const operation = getOperationAST(document, operationName);
  const after = operation?.directives?.find((directive) => directive.name.value === 'live')?.arguments?.find((argument) => argument.name.value === 'after')?.value;
  if (after?.kind !== Kind.VARIABLE || !operation) return undefined;
  const name = after.name.value;
  let uses = 0;
  visit(document, { VariableDefinition: () => false, Variable: (variable) => void (variable.name.value === name && (uses += 1)) });
  return uses === 1 ? name : undefined;
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
