import type { WriteParts } from './changes/commit.js';
import { changeTopics, type ChangeTopic } from './changes/topics.js';
import type { Executor } from './db/database.js';
import type { DB } from './db/tables.js';
import { registerUniqueName } from './db/unique-names.js';
import type { DashboardCount } from './modules/dashboard/table.js';

/** `KeywordSet` -> `KEYWORD_SET`, in the type system: a declaration whose topic is not in `changeTopics` does not compile. */
type UpperSnake<S extends string, First extends boolean = true> = S extends `${infer C}${infer Rest}`
  ? C extends Lowercase<C>
    ? `${Uppercase<C>}${UpperSnake<Rest, false>}`
    : `${First extends true ? '' : '_'}${C}${UpperSnake<Rest, false>}`
  : '';

const wordsOf = (typeName: string) => typeName.split(/(?=[A-Z])/);

/**
 * One entity as the whole API knows it, declared once, beside its service. Everything else is named
 * after its GraphQL type: the change topic (`KEYWORD_SET`), the change type (`KeywordSetChange`) and
 * its field (`keywordSet`), `node(id:)`'s lookup, NOT_FOUND and CONFLICT messages ("keyword set").
 * `defineChangeType` takes a declaration; the architecture test holds that every topic has exactly one.
 */
export interface EntityDeclaration<Row extends object> {
  readonly typeName: string;
  readonly topic: ChangeTopic;
  readonly changeTypeName: string;
  readonly changeField: string;
  /** The type name in words, for messages: `keyword set`. */
  readonly words: string;
  /** Its table, when it has one of its own. */
  readonly table?: keyof DB;
  /** Its names are unique per kind, case-insensitively: the table's `<table>_name_unique` index decides, and a violation is CONFLICT. */
  readonly uniquelyNamed: boolean;
  /** Its rows are numbered, so its ids carry the type (`Message:17`). */
  readonly typedIds: boolean;
  /** The entity by id, as a change or `node(id:)` shows it. */
  load(services: WriteParts, id: string): Promise<Row | undefined>;
}

/** A console entity: written through entity-writes.ts, read inside the write's transaction. */
export interface ConsoleEntity<Row extends object> extends EntityDeclaration<Row> {
  readonly table: keyof DB;
  find(db: Executor, id: string): Promise<Row | undefined>;
  /** Which dashboard count a row falls under, for an entity the dashboard counts. */
  dashboardCount?: (row: Row) => DashboardCount;
}

interface Spec<Name extends string, Row extends object> {
  typeName: Name & (UpperSnake<Name> extends ChangeTopic ? unknown : { error: `${UpperSnake<Name>} is not in changeTopics` });
  table?: keyof DB;
  uniquelyNamed?: boolean;
  typedIds?: boolean;
  load(services: WriteParts, id: string): Promise<Row | undefined>;
}

const declarations = new Map<ChangeTopic, EntityDeclaration<object>>();

export function declareEntity<Row extends object, Name extends string = string>(spec: Spec<Name, Row>): EntityDeclaration<Row> {
  const words = wordsOf(spec.typeName);
  const topic = words.map((word) => word.toUpperCase()).join('_') as ChangeTopic;
  if (!changeTopics.includes(topic)) throw new Error(`${spec.typeName}: its topic ${topic} is not in changeTopics (changes/topics.ts)`);
  if (declarations.has(topic)) throw new Error(`${spec.typeName}: the topic ${topic} is declared twice`);
  const declaration: EntityDeclaration<Row> = {
    typeName: spec.typeName,
    topic,
    changeTypeName: `${spec.typeName}Change`,
    changeField: spec.typeName[0]!.toLowerCase() + spec.typeName.slice(1),
    words: words.join(' ').toLowerCase(),
    table: spec.table,
    uniquelyNamed: spec.uniquelyNamed ?? false,
    typedIds: spec.typedIds ?? false,
    load: spec.load,
  };
  if (declaration.uniquelyNamed) {
    if (!spec.table) throw new Error(`${spec.typeName}: uniquely named, so it needs the table its unique index is on`);
    registerUniqueName(spec.table, declaration.words);
  }
  declarations.set(topic, declaration as EntityDeclaration<object>);
  return declaration;
}

/** A console entity: loaded by its `find`, on the database outside a transaction. */
export function declareConsoleEntity<Row extends object, Name extends string = string>(
  spec: Omit<Spec<Name, Row>, 'load'> & Pick<ConsoleEntity<Row>, 'table' | 'find' | 'dashboardCount'>,
): ConsoleEntity<Row> {
  const declared = declareEntity<Row, Name>({ ...spec, load: (services, id) => spec.find(services.database.db, id) });
  return Object.assign(declared, { table: spec.table, find: spec.find, dashboardCount: spec.dashboardCount });
}

/** Every entity declared so far (all of them, once the schema is built). */
export const declaredEntities = (): readonly EntityDeclaration<object>[] => [...declarations.values()];
