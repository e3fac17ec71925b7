import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { NodeRef } from '../../nodes.js';
import { defineChangeType } from '../../changes/schema.js';
import { CAMPAIGN } from './service.js';
import { resolveNewestFirst } from '../../connection.js';
import { requireViewer } from '../../viewer.js';
import { CAMPAIGN_KINDS, CAMPAIGN_RESULT_STATUSES, CAMPAIGN_STATUSES, type CampaignResultRow, type CampaignRow } from './table.js';
import { InvalidInput } from '../../errors.js';
import { UserRef } from '../accounts/schema.js';
import { loadUser } from '../accounts/service.js';
import { KeywordSetRef } from '../keywordSets/schema.js';
import { loadKeywordSet } from '../keywordSets/service.js';
import { PersonaRef } from '../personas/schema.js';
import { loadPersona } from '../personas/service.js';
import { ProxyPoolRef } from '../proxies/schema.js';
import { loadPool } from '../proxies/pools.js';
import { createExportLink, EXPORT_LINK_SECONDS } from './export.js';
import { CampaignParamsUnion, campaignSetupFields } from './params-schema.js';
import { runCampaignAgain, transitionCampaign } from './lifecycle.js';
import * as campaigns from './service.js';
import { campaignParams } from './setup.js';

export const CampaignKindEnum = builder.enumType('CampaignKind', {
  values: CAMPAIGN_KINDS,
});
export const CampaignStatusEnum = builder.enumType('CampaignStatus', {
  values: CAMPAIGN_STATUSES,
});
export const CampaignResultStatusEnum = builder.enumType('CampaignResultStatus', {
  values: CAMPAIGN_RESULT_STATUSES,
});

const CampaignProgressRef = builder.objectRef<CampaignRow>('CampaignProgress').implement({
  description: '`processed` = `succeeded` + `failed`; success is GENERATED, RESOLVED or MATCHED.',
  fields: (t) => ({
    total: t.exposeInt('total'),
    processed: t.exposeInt('processed'),
    succeeded: t.exposeInt('succeeded'),
    failed: t.exposeInt('failed'),
    percent: t.float({
      description: '0 to 100.',
      resolve: (row) => (row.total === 0 ? (row.status === 'COMPLETED' ? 100 : 0) : Math.round((row.processed / row.total) * 10_000) / 100),
    }),
  }),
});

const CampaignResultRef = builder.objectRef<CampaignResultRow>('CampaignResult').implement({
  fields: (t) => ({
    position: t.exposeInt('position', { description: '0-based, in the campaign\'s input order.' }),
    domain: t.exposeString('domain'),
    status: t.field({ type: CampaignResultStatusEnum, resolve: (row) => row.status }),
    records: t.stringList({
      nullable: true,
      description: 'DNS: the addresses found.',
      resolve: (row) => (row.records ? (JSON.parse(row.records) as string[]) : null),
    }),
    httpStatus: t.exposeInt('http_status', { nullable: true }),
    matchedKeywords: t.stringList({
      nullable: true,
      description: 'HTTP: the patterns of the keyword rules found in the page.',
      resolve: (row) => (row.matched_keywords ? (JSON.parse(row.matched_keywords) as string[]) : null),
    }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

function parsePosition(cursor: string | null | undefined, argument: string): number | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  if (!/^\d{1,12}$/.test(cursor)) throw new InvalidInput(argument, 'is not a cursor returned by this list');
  return Number(cursor);
}

export const CampaignRef = builder.objectRef<CampaignRow>('Campaign');

CampaignRef.implement({
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: CampaignKindEnum, resolve: (row) => row.kind }),
    params: t.field({ type: CampaignParamsUnion, resolve: (row) => campaignParams(row) }),
    persona: t.field({
      type: PersonaRef,
      nullable: true,
      resolve: (row, _args, ctx) => (row.persona_id ? loadPersona(ctx.services, row.persona_id) : null),
    }),
    keywordSet: t.field({
      type: KeywordSetRef,
      nullable: true,
      resolve: (row, _args, ctx) => (row.keyword_set_id ? loadKeywordSet(ctx.services, row.keyword_set_id) : null),
    }),
    proxyPool: t.field({
      type: ProxyPoolRef,
      nullable: true,
      resolve: (row, _args, ctx) => (row.proxy_pool_id ? loadPool(ctx.services, row.proxy_pool_id) : null),
    }),
    source: t.field({
      type: CampaignRef,
      nullable: true,
      description: 'The campaign whose results this one reads.',
      resolve: (row, _args, ctx) => (row.source_id ? campaigns.loadCampaign(ctx.services, row.source_id) : null),
    }),
    status: t.field({ type: CampaignStatusEnum, resolve: (row) => row.status }),
    progress: t.field({ type: CampaignProgressRef, resolve: (row) => row }),
    startedAt: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.started_at }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.finished_at }),
    error: t.exposeString('error', { nullable: true, description: 'Why a FAILED campaign failed.' }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'Why a COMPLETED campaign did less than its setup suggests, e.g. "Nothing to do: its source campaign ... has no RESOLVED domains".',
    }),
    createdBy: t.field({ type: UserRef, nullable: true, resolve: (row, _args, ctx) => loadUser(ctx.services, row.created_by) }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updated_at }),
    results: t.connection({
      type: CampaignResultRef,
      description: 'In input order (position ascending).',
      args: {
        status: t.arg({ type: CampaignResultStatusEnum }),
        search: t.arg.string({ description: 'Only domains containing this text (case-insensitive, literal).' }),
      },
      resolve: (row, args, ctx) =>
        resolveCursorConnection(
          { args, toCursor: (result: CampaignResultRow) => String(result.position), defaultSize: 50, maxSize: 500 },
          ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
            campaigns.listResults(
              ctx.services,
              row.id,
              { after: parsePosition(after, 'after'), before: parsePosition(before, 'before'), limit, inverted },
              { status: args.status ?? undefined, search: args.search ?? undefined },
            ),
        ),
    }),
  }),
});

const CreateCampaignInput = builder.inputType('CreateCampaignInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: CampaignKindEnum, required: true }),
    ...campaignSetupFields(t),
  }),
});

const UpdateCampaignInput = builder.inputType('UpdateCampaignInput', {
  description: 'Only the fields given change. Everything but the name is fixed once the campaign leaves DRAFT.',
  fields: (t) => ({ name: t.string(), ...campaignSetupFields(t) }),
});

const DuplicateCampaignInput = builder.inputType('DuplicateCampaignInput', {
  fields: (t) => ({
    name: t.string({ description: 'Default: "<name> (copy)", or "(copy 2)", "(copy 3)"... when that is taken.' }),
    start: t.boolean({ description: 'Start the copy at once ("Run again"). Default false: it stays a DRAFT ("Duplicate").' }),
  }),
});

defineChangeType(CAMPAIGN, { type: CampaignRef, node: true });

builder.queryFields((t) => ({
  campaign: t.field({
    type: CampaignRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => campaigns.getCampaign(ctx.services, requireViewer(ctx), String(id)),
  }),
  campaigns: t.connection({
    type: CampaignRef,
    description: 'Newest first.',
    args: { status: t.arg({ type: CampaignStatusEnum }), kind: t.arg({ type: CampaignKindEnum }) },
    resolve: (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      const filter = { status: args.status ?? undefined, kind: args.kind ?? undefined };
      return resolveNewestFirst(
        args,
        (row: CampaignRow) => ({ at: row.created_at, id: row.id }),
        (page) => campaigns.listCampaigns(ctx.services, viewer, page, filter),
      );
    },
  }),
}));

const transitions = {
  startCampaign: ['start', 'DRAFT -> QUEUED; the runner starts it when a worker is free (and its source has COMPLETED).'],
  pauseCampaign: ['pause', 'QUEUED or RUNNING -> PAUSED; stored results stay.'],
  resumeCampaign: ['resume', 'PAUSED -> QUEUED; it continues where it stopped.'],
  cancelCampaign: ['cancel', 'DRAFT, QUEUED, RUNNING or PAUSED -> CANCELLED, for good.'],
} as const;

const ResultsExportLinkRef = builder.objectRef<{ url: string; expiresAt: string }>('ResultsExportLink').implement({
  description: `A single-use link to a campaign's results as CSV, for a browser's download (which cannot send a bearer token).`,
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Relative to the server: GET it once, without an Authorization header.' }),
    expiresAt: t.field({ type: 'DateTime', resolve: (link) => link.expiresAt }),
  }),
});

builder.mutationFields((t) => ({
  createResultsExportLink: t.field({
    type: ResultsExportLinkRef,
    description: `A download link to the campaign's results as CSV, valid once for ${EXPORT_LINK_SECONDS} s, for this session only. For people; an API key sends its Authorization header to GET /campaigns/<id>/results.csv instead.`,
    args: { campaignId: t.arg.id({ required: true }) },
    resolve: (_root, { campaignId }, ctx) => createExportLink(ctx.services, requireViewer(ctx), String(campaignId)),
  }),
  createCampaign: t.field({
    type: CampaignRef,
    args: { input: t.arg({ type: CreateCampaignInput, required: true }) },
    resolve: (_root, { input }, ctx) => campaigns.createCampaign(ctx.services, requireViewer(ctx), input),
  }),
  updateCampaign: t.field({
    type: CampaignRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateCampaignInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => campaigns.updateCampaign(ctx.services, requireViewer(ctx), String(id), input),
  }),
  duplicateCampaign: t.field({
    type: CampaignRef,
    description:
      'A new campaign set up like this one (kind, params, persona, keyword set, pool, source) and checked like any new one, with no results: DRAFT, or QUEUED with `input.start`. Any status may be copied.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: DuplicateCampaignInput }) },
    resolve: (_root, { id, input }, ctx) => {
      const viewer = requireViewer(ctx);
      const copy = { name: input?.name ?? undefined };
      return input?.start ? runCampaignAgain(ctx.services, viewer, String(id), copy) : campaigns.duplicateCampaign(ctx.services, viewer, String(id), copy);
    },
  }),
  deleteCampaign: t.id({
    description: 'Returns the id of the deleted campaign; its results go with it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => campaigns.deleteCampaign(ctx.services, requireViewer(ctx), String(id)),
  }),
  ...Object.fromEntries(
    Object.entries(transitions).map(([field, [action, description]]) => [
      field,
      t.field({
        type: CampaignRef,
        description: `${description} Any other status gets CONFLICT naming the current one.`,
        args: { id: t.arg.id({ required: true }) },
        resolve: (_root, { id }, ctx) => transitionCampaign(ctx.services, requireViewer(ctx), String(id), action),
      }),
    ]),
  ),
}));
