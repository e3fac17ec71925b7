import type { Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface FeedTables {
  posts: PostsTable;
  comments: CommentsTable;
}

export interface PostsTable {
  id: string;
  author_id: string;
  body: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CommentsTable {
  id: string;
  post_id: string;
  author_id: string;
  body: string;
  created_at: string;
  version: number;
}

export type PostRow = Selectable<PostsTable>;
export type CommentRow = Selectable<CommentsTable>;
