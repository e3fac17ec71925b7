import { builder } from '../../builder.js';
import { NodeRef } from '../../nodes.js';
import { perViewer } from '../../changes/per-viewer.js';
import { defineChangeType } from '../../changes/schema.js';
import { CONNECTION } from './service.js';
import { requireViewer } from '../../viewer.js';
import type { ConnectionRow } from './table.js';
import { UserRef } from '../accounts/schema.js';
import { loadUser } from '../accounts/service.js';
import * as connections from './service.js';

export const ConnectionStatusEnum = builder.enumType('ConnectionStatus', { values: ['PENDING', 'ACCEPTED'] as const });

export const ConnectionRef = builder.objectRef<ConnectionRow>('Connection').implement({
  interfaces: [NodeRef],
  description: 'A connection request (PENDING) or connection (ACCEPTED) between two users; only they can see it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: ConnectionStatusEnum, resolve: (row) => row.status }),
    requester: t.field({ type: UserRef, resolve: async (row, _args, ctx) => (await loadUser(ctx.services, row.requester_id))! }),
    addressee: t.field({ type: UserRef, resolve: async (row, _args, ctx) => (await loadUser(ctx.services, row.addressee_id))! }),
    user: t.field({
      ...perViewer,
      type: UserRef,
      description: 'The other person, seen from the viewer.',
      resolve: async (row, _args, ctx) =>
        (await loadUser(ctx.services, row.requester_id === ctx.viewer?.id ? row.addressee_id : row.requester_id))!,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    acceptedAt: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.accepted_at }),
    version: t.exposeInt('version'),
  }),
});

defineChangeType(CONNECTION, { type: ConnectionRef, node: true, visible: (row, ctx) => ctx.viewer !== null && connections.isParty(row, ctx.viewer.id) });

builder.queryFields((t) => ({
  connections: t.field({
    type: [ConnectionRef],
    description: 'Yours, newest first; `status` narrows to requests (PENDING) or connections (ACCEPTED).',
    args: { status: t.arg({ type: ConnectionStatusEnum }) },
    resolve: (_root, args, ctx) => connections.listConnections(ctx.services, requireViewer(ctx), args.status ?? undefined),
  }),
  incomingConnectionRequests: t.field({
    type: [ConnectionRef],
    resolve: (_root, _args, ctx) => connections.listRequests(ctx.services, requireViewer(ctx), 'incoming'),
  }),
  outgoingConnectionRequests: t.field({
    type: [ConnectionRef],
    resolve: (_root, _args, ctx) => connections.listRequests(ctx.services, requireViewer(ctx), 'outgoing'),
  }),
}));

builder.mutationFields((t) => ({
  sendConnectionRequest: t.field({
    type: ConnectionRef,
    description: 'CONFLICT for yourself or when a request or connection with that user exists.',
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_root, { userId }, ctx) => connections.sendConnectionRequest(ctx.services, requireViewer(ctx), String(userId)),
  }),
  acceptConnectionRequest: t.field({
    type: ConnectionRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => connections.acceptConnectionRequest(ctx.services, requireViewer(ctx), String(id)),
  }),
  declineConnectionRequest: t.id({
    description: 'Returns the id of the removed request.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => connections.declineConnectionRequest(ctx.services, requireViewer(ctx), String(id)),
  }),
  cancelConnectionRequest: t.id({
    description: 'Returns the id of the removed request.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => connections.cancelConnectionRequest(ctx.services, requireViewer(ctx), String(id)),
  }),
  removeConnection: t.id({
    description: 'Returns the id of the removed connection. From then on neither sees the other’s new posts.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => connections.removeConnection(ctx.services, requireViewer(ctx), String(id)),
  }),
}));
