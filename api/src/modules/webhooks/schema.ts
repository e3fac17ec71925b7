import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { ChangeTopicEnum, defineChangeType } from '../../changes/schema.js';
import { WEBHOOK } from './service.js';
import type { WebhookDeliveryRow, WebhookRow } from './table.js';
import { NodeRef } from '../../nodes.js';
import { requireViewer } from '../../viewer.js';
import { ApiKeyRef } from '../apiKeys/schema.js';
import * as apiKeys from '../apiKeys/service.js';
import * as webhooks from './service.js';

const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', { values: ['PENDING', 'DELIVERED', 'FAILED'] as const });

const WebhookDeliveryRef = builder.objectRef<WebhookDeliveryRow>('WebhookDelivery').implement({
  description: 'One attempt to POST a change (or a ping) to an endpoint.',
  fields: (t) => ({
    id: t.id({ resolve: (row) => String(row.id) }),
    cursor: t.exposeString('cursor', { nullable: true, description: "The change's cursor (its `webhook-id`); null for a ping." }),
    attempt: t.exposeInt('attempt'),
    status: t.field({ type: WebhookDeliveryStatusEnum, resolve: (row) => row.status }),
    responseStatus: t.exposeInt('response_status', { nullable: true }),
    durationMs: t.exposeInt('duration_ms', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
    at: t.field({ type: 'DateTime', resolve: (row) => row.at }),
  }),
});

const list = (json: string | null) => (json ? (JSON.parse(json) as string[]) : null);

export const WebhookRef = builder.objectRef<WebhookRow>('Webhook').implement({
  description: "An HTTPS endpoint that receives, one POST per change in commit order, what its API key's stream would carry.",
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    apiKey: t.field({ type: ApiKeyRef, resolve: async (row, _args, ctx) => (await apiKeys.loadApiKey(ctx.services, row.api_key_id))! }),
    query: t.exposeString('query'),
    topics: t.field({ type: [ChangeTopicEnum], nullable: true, resolve: (row) => list(row.topics) as never }),
    entityIds: t.idList({ nullable: true, resolve: (row) => list(row.entity_ids) }),
    enabled: t.boolean({ resolve: (row) => Boolean(row.enabled) }),
    disabledReason: t.exposeString('disabled_reason', { nullable: true }),
    cursor: t.string({ nullable: true, description: 'The last change delivered.', resolve: (row) => webhooks.webhookCursor(row) }),
    failingSince: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.failing_since }),
    version: t.exposeInt('version'),
    deliveries: t.connection({
      type: WebhookDeliveryRef,
      description: 'Attempts, newest first.',
      resolve: (row, args, ctx) => resolveOffsetConnection({ args }, ({ limit, offset }) => webhooks.listDeliveries(ctx.services, row.id, limit, offset)),
    }),
  }),
});

const CreateWebhookInput = builder.inputType('CreateWebhookInput', {
  fields: (t) => ({
    apiKeyId: t.id({ required: true }),
    url: t.string({ required: true }),
    query: t.string({ required: true, description: 'A subscription over `changes`; each POST body is its result for one change.' }),
    topics: t.field({ type: [ChangeTopicEnum], required: false }),
    entityIds: t.idList({ required: false }),
  }),
});

const UpdateWebhookInput = builder.inputType('UpdateWebhookInput', {
  fields: (t) => ({
    url: t.string(),
    query: t.string(),
    topics: t.field({ type: [ChangeTopicEnum], required: false }),
    entityIds: t.idList({ required: false }),
    enabled: t.boolean({ description: 'true re-enables a disabled endpoint: it resumes from the first undelivered change.' }),
  }),
});

const WebhookCreatedRef = builder.objectRef<{ webhook: WebhookRow; secret: string }>('WebhookCreated').implement({
  fields: (t) => ({
    webhook: t.field({ type: WebhookRef, resolve: (created) => created.webhook }),
    secret: t.exposeString('secret', { description: 'The signing secret (Standard Webhooks, whsec_<base64>), shown only here.' }),
  }),
});

defineChangeType(WEBHOOK, { type: WebhookRef, node: true, visible: (row, ctx) => ctx.viewer?.id === row.user_id && !ctx.viewer.apiKey });

builder.queryField('webhooks', (t) =>
  t.field({
    type: [WebhookRef],
    description: 'Your webhook endpoints, newest first. Not available to API keys.',
    resolve: (_root, _args, ctx) => webhooks.listWebhooks(ctx.services, requireViewer(ctx)),
  }),
);

/** A webhook's document is held to the limits every request has, and to its key's trusted documents. */
const documentRules = (ctx: Context, info: GraphQLResolveInfo): webhooks.DocumentRules => ({
  schema: info.schema,
  limits: ctx.services.config.limits,
  documents: ctx.services.trustedDocuments,
});

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: WebhookCreatedRef,
    args: { input: t.arg({ type: CreateWebhookInput, required: true }) },
    resolve: (_root, { input }, ctx, info) => webhooks.createWebhook(ctx.services, documentRules(ctx, info), requireViewer(ctx), input),
  }),
  updateWebhook: t.field({
    type: WebhookRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateWebhookInput, required: true }) },
    resolve: (_root, { id, input }, ctx, info) => webhooks.updateWebhook(ctx.services, documentRules(ctx, info), requireViewer(ctx), String(id), input),
  }),
  deleteWebhook: t.id({
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => webhooks.deleteWebhook(ctx.services, requireViewer(ctx), String(id)),
  }),
  pingWebhook: t.field({
    type: WebhookDeliveryRef,
    description: 'POSTs {"type":"ping"} to the endpoint now, signed like a delivery.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => webhooks.pingWebhook(ctx.services, requireViewer(ctx), String(id)),
  }),
  replayWebhook: t.field({
    type: WebhookRef,
    description: 'Redelivers every change after `after` (a retained cursor; an older one gets one RESYNC delivery).',
    args: { id: t.arg.id({ required: true }), after: t.arg.string({ required: true }) },
    resolve: (_root, { id, after }, ctx) => webhooks.replayWebhook(ctx.services, requireViewer(ctx), String(id), after),
  }),
}));
