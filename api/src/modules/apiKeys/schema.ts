import { builder } from '../../builder.js';
import { NodeRef } from '../../nodes.js';
import { ChangeTopicEnum, defineChangeType } from '../../changes/schema.js';
import { API_KEY } from './service.js';
import type { ApiKeyRow } from './table.js';
import type { ApiKeyCapabilities } from '../../viewer.js';
import { requireViewer } from '../../viewer.js';
import * as apiKeys from './service.js';
import { readUsage, type UsageMinute } from './usage.js';

const ApiKeyCapabilitiesRef = builder.objectRef<ApiKeyCapabilities>('ApiKeyCapabilities').implement({
  fields: (t) => ({
    read: t.exposeBoolean('read', { description: 'Queries and subscriptions.' }),
    write: t.exposeBoolean('write', { description: 'Mutations.' }),
    topics: t.field({
      type: [ChangeTopicEnum],
      nullable: true,
      description: 'The only topics `changes` carries for this key; null: all.',
      resolve: (capabilities) => capabilities.topics as never,
    }),
    entityIds: t.idList({
      nullable: true,
      description: 'The only entities `changes` carries for this key; null: all.',
      resolve: (capabilities) => capabilities.entityIds as string[] | null,
    }),
  }),
});

type Counters = Omit<UsageMinute, 'at'>;
const COUNTER_DESCRIPTIONS: Record<keyof Counters, string> = {
  requests: 'HTTP operations and WebSocket subscribes.',
  subscriptions: '`changes` subscriptions opened.',
  deliveries: "Changes pushed to this key's streams.",
  bytes: 'Bytes of those deliveries, as framed on the wire.',
  cutOffs: 'Streams ended for falling behind (WebSocket 4503, SSE end).',
};

const ApiKeyUsageMinuteRef = builder.objectRef<UsageMinute>('ApiKeyUsageMinute').implement({
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'The start of the minute.', resolve: (minute) => minute.at }),
    requests: t.exposeFloat('requests', { description: COUNTER_DESCRIPTIONS.requests }),
    subscriptions: t.exposeFloat('subscriptions', { description: COUNTER_DESCRIPTIONS.subscriptions }),
    deliveries: t.exposeFloat('deliveries', { description: COUNTER_DESCRIPTIONS.deliveries }),
    bytes: t.exposeFloat('bytes', { description: COUNTER_DESCRIPTIONS.bytes }),
    cutOffs: t.exposeFloat('cutOffs', { description: COUNTER_DESCRIPTIONS.cutOffs }),
  }),
});

const ApiKeyUsageRef = builder.objectRef<Counters & { perMinute: UsageMinute[] }>('ApiKeyUsage').implement({
  description: 'What the key has cost since it was created, counted by every instance; each adds its counts every 5 seconds, with an ApiKeyChange to the owner.',
  fields: (t) => ({
    requests: t.exposeFloat('requests', { description: COUNTER_DESCRIPTIONS.requests }),
    subscriptions: t.exposeFloat('subscriptions', { description: COUNTER_DESCRIPTIONS.subscriptions }),
    deliveries: t.exposeFloat('deliveries', { description: COUNTER_DESCRIPTIONS.deliveries }),
    bytes: t.exposeFloat('bytes', { description: COUNTER_DESCRIPTIONS.bytes }),
    cutOffs: t.exposeFloat('cutOffs', { description: COUNTER_DESCRIPTIONS.cutOffs }),
    perMinute: t.field({
      type: [ApiKeyUsageMinuteRef],
      description: 'The last 60 minutes, oldest first.',
      resolve: (usage) => usage.perMinute,
    }),
  }),
});

export const ApiKeyRef = builder.objectRef<ApiKeyRow>('ApiKey').implement({
  interfaces: [NodeRef],
  description: 'A bearer secret a person gives a third party; it acts as that person, narrowed by its capabilities.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The secret\'s first characters, to tell keys apart.' }),
    capabilities: t.field({ type: ApiKeyCapabilitiesRef, resolve: (key) => apiKeys.capabilitiesOf(key) }),
    trustedDocumentsOnly: t.boolean({
      description: 'Only documents registered with the server run for this key (trusted documents).',
      resolve: (key) => apiKeys.capabilitiesOf(key).trustedDocumentsOnly,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (key) => key.created_at }),
    lastUsedAt: t.field({ type: 'DateTime', nullable: true, resolve: (key) => key.last_used_at }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (key) => key.expires_at }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (key) => key.revoked_at }),
    version: t.exposeInt('version'),
    usage: t.field({
      type: ApiKeyUsageRef,
      resolve: async (key, _args, ctx) => {
        const { totals, perMinute } = await readUsage(ctx.services.database.db, key.id);
        return { ...totals, perMinute };
      },
    }),
  }),
});

const ApiKeyCapabilitiesInput = builder.inputType('ApiKeyCapabilitiesInput', {
  fields: (t) => ({
    read: t.boolean({ required: true }),
    write: t.boolean({ required: true }),
    topics: t.field({ type: [ChangeTopicEnum], required: false, description: 'Omit for every topic.' }),
    entityIds: t.idList({ required: false, description: 'Omit for every entity; at most 100.' }),
  }),
});

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    capabilities: t.field({ type: ApiKeyCapabilitiesInput, required: true }),
    expiresAt: t.field({ type: 'DateTime', required: false }),
    trustedDocumentsOnly: t.boolean({ required: false, description: 'Default false: any valid document runs.' }),
  }),
});

const ApiKeyCreatedRef = builder.objectRef<{ apiKey: ApiKeyRow; secret: string }>('ApiKeyCreated').implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, resolve: (created) => created.apiKey }),
    secret: t.exposeString('secret', { description: 'Shown once: only its hash is kept. Send as "Authorization: Bearer <secret>".' }),
  }),
});

defineChangeType(API_KEY, { type: ApiKeyRef, node: true, visible: (key, ctx) => ctx.viewer?.id === key.user_id && !ctx.viewer.apiKey });

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKeyRef],
    description: 'Your API keys, newest first (revoked ones too). Not available to API keys.',
    resolve: (_root, _args, ctx) => apiKeys.listApiKeys(ctx.services, requireViewer(ctx)),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: ApiKeyCreatedRef,
    description: 'A new key acting as you, narrowed by its capabilities. The secret is in this answer only.',
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_root, { input }, ctx) => apiKeys.createApiKey(ctx.services, requireViewer(ctx), input),
  }),
  revokeApiKey: t.field({
    type: ApiKeyRef,
    description: 'Ends the key: its open streams close (4401) on every instance, later requests get 401.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => apiKeys.revokeApiKey(ctx.services, requireViewer(ctx), String(id)),
  }),
}));
