import { Repeater } from 'graphql-yoga';
import { builder } from '../../builder.js';
import { requireViewer } from '../../viewer.js';
import { UserRef } from '../accounts/schema.js';
import { loadUser } from '../accounts/service.js';
import { acceptedConnectionIds, areConnected } from '../connections/graph.js';
import type { PresenceEvent } from './tracker.js';

const PresenceEventRef = builder.objectRef<PresenceEvent>('PresenceEvent').implement({
  description: 'Ephemeral: never in the change log, never replayed.',
  fields: (t) => ({
    user: t.field({ type: UserRef, nullable: true, resolve: (event, _args, ctx) => loadUser(ctx.services, event.userId) }),
    online: t.exposeBoolean('online'),
    at: t.field({ type: 'DateTime', resolve: (event) => event.at }),
    lastSeenAt: t.field({ type: 'DateTime', nullable: true, resolve: (event) => event.lastSeenAt }),
  }),
});

builder.objectFields(UserRef, (t) => ({
  online: t.boolean({
    description: 'True while any of their sockets is open (after a few seconds of grace on disconnect).',
    resolve: (user, _args, ctx) => ctx.services.presence.isOnline(user.id),
  }),
  lastSeenAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When they last went offline.',
    resolve: (user) => user.last_seen_at,
  }),
}));

builder.subscriptionField('presence', (t) =>
  t.field({
    type: PresenceEventRef,
    description: 'Your accepted connections going online and offline; first, one event for each already online.',
    subscribe: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx);
      const { services } = ctx;
      const online = (await acceptedConnectionIds(services.database.db, viewer.id)).filter((id) => services.presence.isOnline(id));
      const events = services.presence.events();
      return new Repeater<PresenceEvent>(async (push, stop) => {
        for (const userId of online) await push({ userId, online: true, at: new Date().toISOString(), lastSeenAt: null });
        const iterator = events[Symbol.asyncIterator]();
        void stop.then(() => iterator.return?.());
        for (;;) {
          const next = await Promise.race([iterator.next(), stop.then(() => ({ done: true as const, value: undefined }))]);
          if (next.done) break;
          // The audience is checked per event: a removed connection stops receiving at once.
          if (next.value.userId !== viewer.id && (await areConnected(services.database.db, viewer.id, next.value.userId))) await push(next.value);
        }
        stop();
      });
    },
    resolve: (event) => event,
  }),
);
