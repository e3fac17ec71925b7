import { builder } from '../../builder.js';
import { defineChangeType } from '../../changes/schema.js';
import { INVITATION } from './service.js';
import { resolveNewestFirst } from '../../connection.js';
import type { InvitationRow } from './table.js';
import type { UserRow } from '../accounts/table.js';
import { NodeRef } from '../../nodes.js';
import { requireViewer } from '../../viewer.js';
import * as accounts from '../accounts/service.js';
import { RoleEnum, UserRef } from '../accounts/schema.js';
import * as members from './service.js';

export const InvitationRef = builder.objectRef<InvitationRow>('Invitation').implement({
  interfaces: [NodeRef],
  description: "An ADMIN's invitation to join as `role`. Its token was shown once, to whoever created it; only its hash is kept.",
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email', { description: 'Who it is for: signing up with it needs this address.' }),
    role: t.field({ type: RoleEnum, resolve: (invitation) => invitation.role }),
    invitedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (invitation, _args, ctx) => accounts.loadUser(ctx.services, invitation.invited_by),
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (invitation) => invitation.created_at }),
    expiresAt: t.field({ type: 'DateTime', resolve: (invitation) => invitation.expires_at }),
    acceptedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was used (it works once).', resolve: (invitation) => invitation.accepted_at }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (invitation) => invitation.revoked_at }),
    version: t.exposeInt('version'),
  }),
});

const InvitationCreatedRef = builder.objectRef<{ invitation: InvitationRow; token: string }>('InvitationCreated').implement({
  fields: (t) => ({
    invitation: t.field({ type: InvitationRef, resolve: (created) => created.invitation }),
    token: t.exposeString('token', {
      description: 'Shown once: only its hash is kept. The invitee signs up with it as `input.invitation` (the web app: /sign-up?invitation=<token>).',
    }),
  }),
});

const CreateInvitationInput = builder.inputType('CreateInvitationInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    expiresAt: t.field({ type: 'DateTime', required: false, description: 'Default: 7 days from now; at most 30.' }),
  }),
});

defineChangeType(INVITATION, { type: InvitationRef, node: true, visible: (_invitation, ctx) => members.invitationVisible(ctx.viewer) });

builder.queryFields((t) => ({
  members: t.connection({
    type: UserRef,
    description: "The workspace's members (removed ones left), newest first. Everyone may list them; emails show to ADMINs only.",
    resolve: (_root, args, ctx) => {
      requireViewer(ctx);
      return resolveNewestFirst(
        args,
        (row: UserRow) => ({ at: row.created_at, id: row.id }),
        (page) => members.listMembers(ctx.services, page),
      );
    },
  }),
  invitations: t.field({
    type: [InvitationRef],
    description: 'ADMIN only: invitations neither used, withdrawn nor expired, newest first.',
    resolve: (_root, _args, ctx) => members.pendingInvitations(ctx.services, requireViewer(ctx)),
  }),
}));

builder.mutationFields((t) => ({
  createInvitation: t.field({
    type: InvitationCreatedRef,
    description: 'ADMIN only. An invitation for one email address to join as `role`: single-use, expiring. The token is in this answer only.',
    args: { input: t.arg({ type: CreateInvitationInput, required: true }) },
    resolve: (_root, { input }, ctx) => members.createInvitation(ctx.services, requireViewer(ctx), input),
  }),
  revokeInvitation: t.field({
    type: InvitationRef,
    description: 'ADMIN only. Withdraws an unused invitation: its link stops working.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => members.revokeInvitation(ctx.services, requireViewer(ctx), String(id)),
  }),
  setMemberRole: t.field({
    type: UserRef,
    description: 'ADMIN only. Takes effect at once on every instance, for the member\'s requests, open sockets and API keys. The last ADMIN cannot be demoted (CONFLICT).',
    args: { userId: t.arg.id({ required: true }), role: t.arg({ type: RoleEnum, required: true }) },
    resolve: (_root, { userId, role }, ctx) => members.setMemberRole(ctx.services, requireViewer(ctx), String(userId), role),
  }),
  removeMember: t.field({
    type: 'ID',
    description:
      'ADMIN only. The member can no longer sign in; their sessions and API keys are revoked and their open streams end at once on every instance (4401). Returns their id. The last ADMIN cannot be removed (CONFLICT).',
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_root, { userId }, ctx) => members.removeMember(ctx.services, requireViewer(ctx), String(userId)),
  }),
}));
