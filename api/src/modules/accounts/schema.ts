import { builder } from '../../builder.js';
import { demoAccounts, type DemoAccount } from './demo.js';
import { NodeRef } from '../../nodes.js';
import { perViewer } from '../../changes/per-viewer.js';
import { defineChangeType } from '../../changes/schema.js';
import { USER } from './service.js';
import { requireViewer } from '../../viewer.js';
import type { UserRow } from './table.js';
import * as members from '../members/service.js';
import * as accounts from './service.js';

export const RoleEnum = builder.enumType('Role', {
  description: 'ADMIN: everything, members and settings included. MEMBER: the console and social. VIEWER: reads the console, writes only their own social content.',
  values: ['ADMIN', 'MEMBER', 'VIEWER'] as const,
});

/** `ownAccount`: this row is the account the response is about (sign-in), so its email may show. */
export const UserRef = builder.objectRef<UserRow & { ownAccount?: boolean }>('User').implement({
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    displayName: t.exposeString('display_name'),
    email: t.string({
      ...perViewer,
      nullable: true,
      description: 'Visible to the user themself and to admins only.',
      resolve: (user, _args, ctx) =>
        user.ownAccount || (ctx.viewer && (ctx.viewer.id === user.id || ctx.viewer.role === 'ADMIN')) ? user.email : null,
    }),
    role: t.field({ type: RoleEnum, resolve: (user) => user.role }),
    createdAt: t.field({ type: 'DateTime', description: 'When they joined.', resolve: (user) => user.created_at }),
    removedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When an ADMIN removed them from the workspace (they can no longer sign in); null for a member.',
      resolve: (user) => user.removed_at,
    }),
  }),
});

const AuthPayloadRef = builder.objectRef<accounts.AuthResult>('AuthPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>".' }),
    user: t.field({ type: UserRef, resolve: (payload) => ({ ...payload.user, ownAccount: true }) }),
  }),
});

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true, description: 'At least 8 characters.' }),
    displayName: t.string({ required: true }),
    invitation: t.string({
      required: false,
      description: "The token of an ADMIN's invitation (from the link it came in): needed when SIGNUP is invite; joins with its role.",
    }),
  }),
});

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

defineChangeType(USER, { type: UserRef, node: true });

builder.queryField('me', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    resolve: (_root, _args, ctx) => accounts.loadUser(ctx.services, requireViewer(ctx).id),
  }),
);

builder.queryField('users', (t) =>
  t.field({
    type: [UserRef],
    description:
      'People in the workspace, by name. `search` (at most 100 characters) matches any part of a display name, and an email as a whole; an ADMIN, who sees emails, also any part of one.',
    args: { search: t.arg.string(), first: t.arg.int({ description: '1 to 100, default 20.' }) },
    resolve: (_root, args, ctx) => accounts.searchUsers(ctx.services, requireViewer(ctx), args.search ?? undefined, args.first ?? 20),
  }),
);

const DemoAccountRef = builder.objectRef<DemoAccount>('DemoAccount').implement({
  description: "A demo workspace's account, offered on its sign-in page; its password is the demo's, printed on start.",
  fields: (t) => ({
    email: t.exposeString('email'),
    displayName: t.exposeString('displayName'),
    password: t.exposeString('password'),
  }),
});

builder.queryField('demoAccounts', (t) =>
  t.field({
    type: [DemoAccountRef],
    description: 'Anyone may ask. On a demo workspace (SEED_DEMO), its accounts; on any other workspace, none.',
    resolve: (_root, _args, ctx) => demoAccounts(ctx.services),
  }),
);

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayloadRef,
    description:
      'Creates an account and signs it in. The first of a workspace is ADMIN; after that the sign-up policy (SIGNUP) decides: `invite` needs `input.invitation` (the account gets its role), `open` lets anyone in as MEMBER, `closed` nobody. Refusals are FORBIDDEN with `extensions.reason`.',
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: (_root, { input }, ctx) => members.signUp(ctx.services, input),
  }),
  signIn: t.field({
    type: AuthPayloadRef,
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: (_root, { input }, ctx) => accounts.signIn(ctx.services, input),
  }),
  signOut: t.boolean({
    description: "Revokes this token and closes its open sockets (close code 4401).",
    resolve: (_root, _args, ctx) => accounts.signOut(ctx.services, requireViewer(ctx)),
  }),
}));
