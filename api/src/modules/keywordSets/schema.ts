import { builder } from '../../builder.js';
import { NodeRef } from '../../nodes.js';
import { defineChangeType } from '../../changes/schema.js';
import { KEYWORD_SET } from './service.js';
import { resolveNewestFirst } from '../../connection.js';
import { requireViewer } from '../../viewer.js';
import type { KeywordSetRow } from './table.js';
import type { KeywordRule } from './rules.js';
import * as keywordSets from './service.js';

const KeywordRuleKindEnum = builder.enumType('KeywordRuleKind', { values: ['STRING', 'REGEX'] as const });

const KeywordRuleRef = builder.objectRef<KeywordRule>('KeywordRule').implement({
  fields: (t) => ({
    pattern: t.exposeString('pattern'),
    kind: t.field({ type: KeywordRuleKindEnum, resolve: (rule) => rule.kind }),
    caseSensitive: t.exposeBoolean('caseSensitive'),
  }),
});

export const KeywordSetRef = builder.objectRef<KeywordSetRow>('KeywordSet').implement({
  interfaces: [NodeRef],
  description: 'Rules an HTTP keyword validation campaign matches against each fetched page.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    rules: t.field({ type: [KeywordRuleRef], resolve: (row) => keywordSets.keywordRules(row) }),
    enabled: t.boolean({ resolve: (row) => row.enabled === 1 }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updated_at }),
  }),
});

const KeywordRuleInput = builder.inputType('KeywordRuleInput', {
  fields: (t) => ({
    pattern: t.string({ required: true }),
    kind: t.field({ type: KeywordRuleKindEnum, required: true }),
    caseSensitive: t.boolean({ description: 'Default false.' }),
  }),
});

const CreateKeywordSetInput = builder.inputType('CreateKeywordSetInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    rules: t.field({ type: [KeywordRuleInput], required: true }),
    enabled: t.boolean({ description: 'Default true.' }),
  }),
});

const UpdateKeywordSetInput = builder.inputType('UpdateKeywordSetInput', {
  description: 'Only the fields given change; `rules` replaces the whole list.',
  fields: (t) => ({
    name: t.string(),
    description: t.string(),
    rules: t.field({ type: [KeywordRuleInput] }),
    enabled: t.boolean(),
  }),
});

defineChangeType(KEYWORD_SET, { type: KeywordSetRef, node: true });

builder.queryFields((t) => ({
  keywordSet: t.field({
    type: KeywordSetRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => keywordSets.getKeywordSet(ctx.services, requireViewer(ctx), String(id)),
  }),
  keywordSets: t.connection({
    type: KeywordSetRef,
    description: 'Newest first.',
    resolve: (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      return resolveNewestFirst(
        args,
        (row: KeywordSetRow) => ({ at: row.created_at, id: row.id }),
        (page) => keywordSets.listKeywordSets(ctx.services, viewer, page),
      );
    },
  }),
}));

builder.mutationFields((t) => ({
  createKeywordSet: t.field({
    type: KeywordSetRef,
    args: { input: t.arg({ type: CreateKeywordSetInput, required: true }) },
    resolve: (_root, { input }, ctx) => keywordSets.createKeywordSet(ctx.services, requireViewer(ctx), input),
  }),
  updateKeywordSet: t.field({
    type: KeywordSetRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateKeywordSetInput, required: true }) },
    resolve: (_root, { id, input }, ctx) =>
      keywordSets.updateKeywordSet(ctx.services, requireViewer(ctx), String(id), input),
  }),
  deleteKeywordSet: t.id({
    description: 'Returns the id of the deleted keyword set.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => keywordSets.deleteKeywordSet(ctx.services, requireViewer(ctx), String(id)),
  }),
}));
