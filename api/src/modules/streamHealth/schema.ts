import { Repeater, SlidingBuffer } from '@repeaterjs/repeater';
import { builder } from '../../builder.js';
import { Forbidden } from '../../errors.js';
import type { Context } from '../../context.js';
import { requireViewer } from '../../viewer.js';
import type { InstanceHealth } from './reporter.js';

const InstanceStreamHealthRef = builder.objectRef<InstanceHealth>('InstanceStreamHealth').implement({
  description: "One instance's push figures over its last reporting interval (the ones /metrics counts). Ephemeral: never in the change log.",
  fields: (t) => ({
    instance: t.exposeString('instance'),
    at: t.field({ type: 'DateTime', resolve: (health) => health.at }),
    webSocketClients: t.exposeInt('webSocketClients'),
    sseClients: t.exposeInt('sseClients'),
    subscriptions: t.exposeInt('subscriptions', { description: '`changes` subscriptions streaming.' }),
    deliveriesPerSecond: t.exposeInt('deliveriesPerSecond'),
    latencyP50Ms: t.exposeFloat('latencyP50Ms', { nullable: true, description: 'Commit to delivery; null when nothing was delivered.' }),
    latencyP99Ms: t.exposeFloat('latencyP99Ms', { nullable: true }),
    cutOffs: t.exposeInt('cutOffs', { description: 'Slow sockets cut loose (4503) since the instance started.' }),
    eventLoopLagP99Ms: t.exposeFloat('eventLoopLagP99Ms'),
  }),
});

function requireAdmin(ctx: Context): void {
  if (requireViewer(ctx).role !== 'ADMIN') throw new Forbidden("Only an ADMIN can see the stream's health");
}

builder.queryField('streamHealth', (t) =>
  t.field({
    type: [InstanceStreamHealthRef],
    description: 'ADMIN only. Every instance heard from in the last few intervals, this one first.',
    resolve: (_root, _args, ctx) => {
      requireAdmin(ctx);
      return ctx.services.streamHealth.instances();
    },
  }),
);

builder.subscriptionField('streamHealth', (t) =>
  t.field({
    type: [InstanceStreamHealthRef],
    description: 'ADMIN only. Every instance, now and again each time one reports (every STREAM_HEALTH_INTERVAL_MS).',
    subscribe: (_root, _args, ctx) => {
      requireAdmin(ctx);
      const reporter = ctx.services.streamHealth;
      return new Repeater<InstanceHealth[]>(async (push, stop) => {
        await push(reporter.instances());
        // The viewer's role is live (accounts/sessions.ts): an ADMIN demoted meanwhile stops receiving.
        const unlisten = reporter.listen((instances) => {
          try {
            requireAdmin(ctx);
            void push(instances);
          } catch (error) {
            stop(error);
          }
        });
        await stop;
        unlisten();
      }, new SlidingBuffer(1)); // a snapshot replaces the one a slow client has not read yet
    },
    resolve: (instances) => instances,
  }),
);
