import pMap from 'p-map';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { InvalidInput } from './errors.js';
import { typeNamedBy } from './ids.js';
import { requireViewer } from './viewer.js';

/**
 * Relay's Global Object Identification over the ids the API already has. Most entities' ids are
 * UUIDs, unique across types; the types whose rows are numbered (messages, activity lines) carry
 * their type in the id (`Message:17`), so no two objects share one. `node(id:)` asks the type an id
 * names, or else every UUID-keyed type, and answers with the one that has it and lets the viewer read it.
 */
interface NodeType {
  typeName: string;
  /** Its ids are `<typeName>:<row number>` (`typedId`). */
  typedIds: boolean;
  load(id: string, ctx: Context): Promise<object | undefined>;
  visible?(entity: object, ctx: Context): boolean | Promise<boolean>;
}

const nodeTypes: NodeType[] = [];
/** The type each loaded node was found as, for the interface's resolveType. */
const foundAs = new WeakMap<object, string>();
const MAX_NODES = 100;

export const NodeRef = builder.interfaceRef<{ id: string | number }>('Node').implement({
  description: 'An object with an id unique across the API (Relay Global Object Identification): refetch it with `node(id:)`.',
  resolveType: (node) => foundAs.get(node) ?? null,
  fields: (t) => ({
    id: t.id({ resolve: (node) => String(node.id) }),
  }),
});


export function registerNodeType<Entity extends object>(
  typeName: string,
  load: (id: string, ctx: Context) => Promise<Entity | undefined>,
  visible?: (entity: Entity, ctx: Context) => boolean | Promise<boolean>,
  typedIds = false,
): void {
  nodeTypes.push({ typeName, typedIds, load, visible: visible as NodeType['visible'] });
}

async function findNode(id: string, ctx: Context): Promise<object | null> {
  const named = typeNamedBy(id);
  const candidates = nodeTypes.filter((type) => (type.typedIds ? type.typeName === named : named === undefined));
  const found = await Promise.all(
    candidates.map(async (type) => {
      const entity = await type.load(id, ctx);
      if (!entity || (type.visible && !(await type.visible(entity, ctx)))) return undefined;
      return { entity, typeName: type.typeName };
    }),
  );
  const hit = found.find((candidate) => candidate !== undefined);
  if (!hit) return null;
  // A copy, so the same row shared through a change's memo is never tagged twice.
  const node = { ...hit.entity };
  foundAs.set(node, hit.typeName);
  return node;
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'The object with this id, or null when none exists or you may not read it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => {
      requireViewer(ctx);
      return findNode(String(id), ctx) as never;
    },
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description: `The objects with these ids, in order (null where none exists or you may not read it); at most ${MAX_NODES}.`,
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, { ids }, ctx) => {
      requireViewer(ctx);
      if (ids.length > MAX_NODES) throw new InvalidInput('ids', `at most ${MAX_NODES} ids, got ${ids.length}`);
      return pMap(ids, (id) => findNode(String(id), ctx), { concurrency: 8 }) as never;
    },
  }),
}));
