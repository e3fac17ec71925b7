import { builder } from '../../builder.js';
import { NodeRef } from '../../nodes.js';
import { defineChangeType } from '../../changes/schema.js';
import { COMMENT, POST } from './service.js';
import { resolveNewestFirst } from '../../connection.js';
import { requireViewer } from '../../viewer.js';
import type { CommentRow, PostRow } from './table.js';
import { UserRef } from '../accounts/schema.js';
import { loadUser } from '../accounts/service.js';
import * as feed from './service.js';

export const CommentRef = builder.objectRef<CommentRow>('Comment').implement({
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    postId: t.exposeID('post_id'),
    author: t.field({ type: UserRef, nullable: true, resolve: (row, _args, ctx) => loadUser(ctx.services, row.author_id) }),
    body: t.exposeString('body'),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    version: t.exposeInt('version'),
  }),
});

export const PostRef = builder.objectRef<PostRow>('Post').implement({
  interfaces: [NodeRef],
  description: 'Visible to its author and the author’s accepted connections; its comments follow it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    author: t.field({ type: UserRef, nullable: true, resolve: (row, _args, ctx) => loadUser(ctx.services, row.author_id) }),
    body: t.exposeString('body'),
    edited: t.boolean({ resolve: (row) => row.updated_at !== row.created_at }),
    comments: t.field({ type: [CommentRef], description: 'Oldest first.', resolve: (row, _args, ctx) => feed.commentsOf(ctx.services, row.id) }),
    commentCount: t.int({ resolve: async (row, _args, ctx) => (await feed.commentsOf(ctx.services, row.id)).length }),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updated_at }),
    version: t.exposeInt('version'),
  }),
});

defineChangeType(POST, { type: PostRef, node: true, visible: (post, ctx) => ctx.viewer !== null && feed.canReadPost(ctx.services.database.db, post, ctx.viewer.id) });

defineChangeType(COMMENT, {
  type: CommentRef,
  node: true,
  visible: async (comment, ctx) => {
    const post = await feed.loadPost(ctx.services, comment.post_id);
    return ctx.viewer !== null && post !== undefined && feed.canReadPost(ctx.services.database.db, post, ctx.viewer.id);
  },
});

builder.queryFields((t) => ({
  feed: t.connection({
    type: PostRef,
    description: 'Your posts and your accepted connections’ posts, newest first.',
    resolve: (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      return resolveNewestFirst(
        args,
        (row: PostRow) => ({ at: row.created_at, id: row.id }),
        (page) => feed.feed(ctx.services, viewer, page),
      );
    },
  }),
  post: t.field({
    type: PostRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => feed.getPost(ctx.services, requireViewer(ctx), String(id)),
  }),
}));

builder.mutationFields((t) => ({
  createPost: t.field({
    type: PostRef,
    description: `A body of 1 to ${feed.POST_MAX} characters.`,
    args: { body: t.arg.string({ required: true }) },
    resolve: (_root, { body }, ctx) => feed.createPost(ctx.services, requireViewer(ctx), body),
  }),
  updatePost: t.field({
    type: PostRef,
    args: { id: t.arg.id({ required: true }), body: t.arg.string({ required: true }) },
    resolve: (_root, { id, body }, ctx) => feed.updatePost(ctx.services, requireViewer(ctx), String(id), body),
  }),
  deletePost: t.id({
    description: 'Returns the id of the deleted post; its comments go with it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => feed.deletePost(ctx.services, requireViewer(ctx), String(id)),
  }),
  addComment: t.field({
    type: CommentRef,
    description: `A body of 1 to ${feed.COMMENT_MAX} characters, on a post you can see.`,
    args: { postId: t.arg.id({ required: true }), body: t.arg.string({ required: true }) },
    resolve: (_root, { postId, body }, ctx) => feed.addComment(ctx.services, requireViewer(ctx), String(postId), body),
  }),
  deleteComment: t.id({
    description: 'Returns the id of the deleted comment.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => feed.deleteComment(ctx.services, requireViewer(ctx), String(id)),
  }),
}));
