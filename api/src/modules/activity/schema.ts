import { builder } from '../../builder.js';
import { typedId } from '../../ids.js';
import { NodeRef } from '../../nodes.js';
import { defineChangeType } from '../../changes/schema.js';
import { ACTIVITY } from './service.js';
import { resolveNewestFirst } from '../../connection.js';
import { requireViewer } from '../../viewer.js';
import type { ActivityRow } from './table.js';
import { loadUser } from '../accounts/service.js';
import { UserRef } from '../accounts/schema.js';
import * as activity from './service.js';

export const ActivityRef = builder.objectRef<ActivityRow>('Activity').implement({
  interfaces: [NodeRef],
  description: 'One line of the latest-activity table: who did what to which entity.',
  fields: (t) => ({
    id: t.id({ resolve: (row) => typedId('Activity', row.id) }),
    at: t.field({ type: 'DateTime', resolve: (row) => row.at }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      resolve: (row, _args, ctx) => (row.actor_id ? loadUser(ctx.services, row.actor_id) : null),
    }),
    verb: t.exposeString('verb'),
    entityType: t.exposeString('entity_type'),
    entityId: t.exposeID('entity_id'),
    summary: t.exposeString('summary'),
  }),
});

defineChangeType(ACTIVITY, { type: ActivityRef, node: true });

builder.queryField('activity', (t) =>
  t.connection({
    type: ActivityRef,
    description: 'Latest activity, newest first.',
    resolve: (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      return resolveNewestFirst(
        args,
        (row: ActivityRow) => ({ at: row.at, id: String(row.id) }),
        (page) => activity.listActivity(ctx.services, viewer, page),
        'number',
      );
    },
  }),
);
