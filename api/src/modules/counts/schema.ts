import { builder } from '../../builder.js';
import { perViewer } from '../../changes/per-viewer.js';
import { defineChangeType } from '../../changes/schema.js';
import { COUNTS } from './service.js';
import { UserRef } from '../accounts/schema.js';
import { getCounts, type Counts } from './service.js';

export const CountsRef = builder.objectRef<Counts>('Counts').implement({
  description: 'Your counters. Pushed as a CountsChange (entityId = your user id) whenever one may have moved.',
  fields: (t) => ({
    id: t.id({ description: 'Your user id.', resolve: (counts) => counts.userId }),
    unreadMessages: t.exposeInt('unreadMessages'),
    unreadNotifications: t.exposeInt('unreadNotifications'),
    incomingConnectionRequests: t.exposeInt('incomingConnectionRequests'),
  }),
});

builder.objectField(UserRef, 'counts', (t) =>
  t.field({
    ...perViewer,
    type: CountsRef,
    nullable: true,
    description: 'Only on your own user (`me`); null on anyone else.',
    resolve: (user, _args, ctx) => (ctx.viewer?.id === user.id ? getCounts(ctx.services, user.id) : null),
  }),
);

defineChangeType(COUNTS, { type: CountsRef, visible: (counts, ctx) => counts.userId === ctx.viewer?.id });
