import type { ObjectRef } from '@pothos/core';
import { builder } from '../builder.js';
import type { EntityDeclaration } from '../entities.js';
import { narrowChanges } from '../capabilities.js';
import type { Context } from '../context.js';
import { registerNodeType } from '../nodes.js';
import { requireViewer } from '../viewer.js';
import { InvalidInput, NotAcceptable } from '../errors.js';
import { readLogBounds } from './log.js';
import { perViewer } from './per-viewer.js';
import { changeTopics, formatCursor, MAX_ENTITY_IDS, memoized, type ChangeRecord } from './topics.js';
import { changeTypeName, registerChangeType } from './type-names.js';

export const ChangeOpEnum = builder.enumType('ChangeOp', {
  values: ['CREATED', 'UPDATED', 'DELETED', 'RESYNC'] as const,
});

export const ChangeTopicEnum = builder.enumType('ChangeTopic', { values: changeTopics });

export const ChangeRef = builder.interfaceRef<ChangeRecord>('Change').implement({
  description: 'One committed change, in commit order. `cursor` is what `changes(after:)` resumes from.',
  resolveType: (record) => changeTypeName(record.topic) ?? null,
  fields: (t) => ({
    cursor: t.string({ resolve: (record) => formatCursor(record.seq) }),
    op: t.field({ type: ChangeOpEnum, resolve: (record) => record.op }),
    at: t.field({ type: 'DateTime', resolve: (record) => record.at }),
    entityId: t.exposeID('entityId'),
  }),
});

builder.objectRef<ChangeRecord>('ResyncChange').implement({
  description: 'The cursor is older than the retained log: refetch what you show, then continue from this cursor.',
  interfaces: [ChangeRef],
  fields: () => ({}),
});

/**
 * Declares an entity's `<TypeName>Change` (topic, type and field named after the entity's
 * declaration, entities.ts) with its entity field. The entity is loaded once per change and shared by
 * every subscriber receiving it; it is null on DELETED or when it no longer exists.
 */
export function defineChangeType<Entity extends object>(
  entity: EntityDeclaration<Entity>,
  options: {
    type: ObjectRef<any, Entity>;
    /**
     * For private entities: may this subscriber read the entity as it is now? The change's audience
     * already limited who receives it; this keeps a replayed change from showing a later state to
     * someone who has lost access since (a removed connection, say).
     */
    visible?: (entity: Entity, ctx: Context) => boolean | Promise<boolean>;
    /** The entity type implements `Node`: `node(id:)` finds it with the declaration's `load` and the same `visible`. */
    node?: boolean;
  },
) {
  if (options.type.name !== entity.typeName) throw new Error(`${entity.changeTypeName} carries ${options.type.name}, not ${entity.typeName}`);
  const load = (id: string, ctx: Context) => entity.load(ctx.services, id);
  registerChangeType(entity.topic, entity.changeTypeName);
  if (options.node) registerNodeType(entity.typeName, load, options.visible, entity.typedIds);
  return builder.objectRef<ChangeRecord>(entity.changeTypeName).implement({
    interfaces: [ChangeRef],
    fields: (t) => ({
      [entity.changeField]: t.field({
        type: options.type,
        nullable: true,
        // The visibility check reads the viewer, so a private entity is resolved per viewer.
        ...(options.visible ? perViewer : {}),
        // The generic Entity defeats Pothos' resolver typing; `load` is what is type-checked.
        resolve: (async (record: ChangeRecord, _args: unknown, ctx: Context) => {
          if (record.op === 'DELETED') return null;
          const found = await memoized(record, entity.changeField, () => load(record.entityId, ctx));
          if (!found || (options.visible && !(await options.visible(found, ctx)))) return null;
          return found;
        }) as never,
      }),
    }),
  });
}

builder.subscriptionField('changes', (t) =>
  t.field({
    type: ChangeRef,
    description:
      'Every committed change you may read, in commit order, each once. With `after`, first replays what you missed. `topics` and `entityIds` narrow it (both given: both must match), on replay too.',
    args: {
      after: t.arg.string({ description: 'The last cursor you saw. Omit to receive only what commits from now on.' }),
      topics: t.arg({ type: [ChangeTopicEnum], required: false, description: 'Only these topics (default: all).' }),
      entityIds: t.arg.idList({
        required: false,
        description: `Only changes of these entities (at most ${MAX_ENTITY_IDS}), e.g. one campaign's progress or one chat.`,
      }),
    },
    subscribe: (_root, args, ctx, info) => {
      const viewer = requireViewer(ctx);
      if (!ctx.live) throw new NotAcceptable();
      if (args.entityIds && args.entityIds.length > MAX_ENTITY_IDS) {
        throw new InvalidInput('entityIds', `at most ${MAX_ENTITY_IDS} ids, got ${args.entityIds.length}`);
      }
      // An API key's stream carries only its topics and entities, live and on replay.
      const { topics, entityIds } = narrowChanges(viewer, { topics: args.topics, entityIds: args.entityIds?.map(String) });
      ctx.services.admission.admitStream(viewer);
      return ctx.services.fanout.open({
        context: ctx,
        viewer,
        operation: info.operation,
        fragments: info.fragments,
        variables: ctx.live.variables,
        after: ctx.lastEventId ?? args.after,
        afterField: ctx.lastEventId !== undefined ? 'Last-Event-ID' : 'after',
        topics,
        entityIds,
        sink: ctx.live.sink,
        framer: ctx.live.framer,
      });
    },
    resolve: (record) => record,
  }),
);

builder.queryField('changeCursor', (t) =>
  t.string({
    description:
      'The cursor of the latest committed change. Ask for it first in the query that loads your view, then subscribe with `changes(after:)` set to it: nothing committed in between is missed.',
    resolve: async (_root, _args, ctx) => {
      requireViewer(ctx);
      return formatCursor((await readLogBounds(ctx.services.database.db)).head);
    },
  }),
);
