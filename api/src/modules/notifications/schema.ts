import { builder } from '../../builder.js';
import { NodeRef } from '../../nodes.js';
import { defineChangeType } from '../../changes/schema.js';
import { NOTIFICATION } from './service.js';
import { resolveNewestFirst } from '../../connection.js';
import { requireViewer } from '../../viewer.js';
import type { NotificationRow } from './table.js';
import * as notifications from './service.js';

export const NotificationKindEnum = builder.enumType('NotificationKind', {
  values: ['CAMPAIGN_FINISHED', 'CONNECTION_REQUEST', 'CONNECTION_ACCEPTED', 'NEW_MESSAGE', 'NEW_COMMENT', 'WEBHOOK_DISABLED'] as const,
});

export const NotificationRef = builder.objectRef<NotificationRow>('Notification').implement({
  interfaces: [NodeRef],
  description: 'A message for one user; only that user can read it or receive its changes.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: NotificationKindEnum, resolve: (row) => row.kind as notifications.NotificationKind }),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    entityType: t.exposeString('entity_type', { nullable: true, description: 'What the notification is about.' }),
    entityId: t.exposeID('entity_id', { nullable: true }),
    read: t.boolean({ resolve: (row) => row.read_at !== null }),
    readAt: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.read_at }),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    version: t.exposeInt('version'),
  }),
});

defineChangeType(NOTIFICATION, { type: NotificationRef, node: true, visible: (row, ctx) => row.user_id === ctx.viewer?.id });

builder.queryField('notifications', (t) =>
  t.connection({
    type: NotificationRef,
    description: 'Your notifications, newest first.',
    args: { unreadOnly: t.arg.boolean({ description: 'Default false.' }) },
    resolve: (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      return resolveNewestFirst(
        args,
        (row: NotificationRow) => ({ at: row.created_at, id: row.id }),
        (page) => notifications.listNotifications(ctx.services, viewer, page, args.unreadOnly ?? false),
      );
    },
  }),
);

builder.mutationFields((t) => ({
  markNotificationRead: t.field({
    type: NotificationRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => notifications.markNotificationRead(ctx.services, requireViewer(ctx), String(id)),
  }),
  markAllNotificationsRead: t.int({
    description: 'Returns how many notifications were unread.',
    resolve: (_root, _args, ctx) => notifications.markAllNotificationsRead(ctx.services, requireViewer(ctx)),
  }),
}));
