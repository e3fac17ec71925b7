import { builder } from '../../builder.js';
import { NodeRef } from '../../nodes.js';
import { defineChangeType } from '../../changes/schema.js';
import { PERSONA } from './service.js';
import { resolveNewestFirst } from '../../connection.js';
import { requireViewer } from '../../viewer.js';
import type { PersonaRow } from './table.js';
import type { DnsConfig, HttpConfig } from './config.js';
import * as personas from './service.js';

export const PersonaKindEnum = builder.enumType('PersonaKind', { values: ['DNS', 'HTTP'] as const });

const HttpHeaderRef = builder.objectRef<{ name: string; value: string }>('HttpHeader').implement({
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeString('value') }),
});

const DnsPersonaConfigRef = builder.objectRef<DnsConfig & { kind: 'DNS' }>('DnsPersonaConfig').implement({
  fields: (t) => ({
    resolvers: t.exposeStringList('resolvers', { description: 'IP addresses, optionally with :port.' }),
    timeoutMs: t.exposeInt('timeoutMs'),
    concurrency: t.exposeInt('concurrency'),
    retries: t.exposeInt('retries'),
  }),
});

const HttpPersonaConfigRef = builder.objectRef<HttpConfig & { kind: 'HTTP' }>('HttpPersonaConfig').implement({
  fields: (t) => ({
    userAgent: t.exposeString('userAgent'),
    headers: t.field({ type: [HttpHeaderRef], resolve: (config) => config.headers }),
    timeoutMs: t.exposeInt('timeoutMs'),
    followRedirects: t.exposeBoolean('followRedirects'),
    maxRedirects: t.exposeInt('maxRedirects'),
  }),
});

const PersonaConfigUnion = builder.unionType('PersonaConfig', {
  types: [DnsPersonaConfigRef, HttpPersonaConfigRef],
  resolveType: (config) => (config.kind === 'DNS' ? DnsPersonaConfigRef : HttpPersonaConfigRef),
});

export const PersonaRef = builder.objectRef<PersonaRow>('Persona').implement({
  interfaces: [NodeRef],
  description: 'How campaigns resolve (DNS) or fetch (HTTP): resolvers, timeouts, headers, concurrency.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: PersonaKindEnum, resolve: (row) => row.kind }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    enabled: t.boolean({ resolve: (row) => row.enabled === 1 }),
    config: t.field({ type: PersonaConfigUnion, resolve: (row) => personas.personaConfig(row) }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updated_at }),
  }),
});

const HttpHeaderInput = builder.inputType('HttpHeaderInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});

const DnsPersonaConfigInput = builder.inputType('DnsPersonaConfigInput', {
  fields: (t) => ({
    resolvers: t.stringList({ required: true, description: 'IP addresses, optionally with :port.' }),
    timeoutMs: t.int({ description: 'Default 2000.' }),
    concurrency: t.int({ description: 'Lookups in flight at once. Default 20.' }),
    retries: t.int({ description: 'Default 1.' }),
  }),
});

const HttpPersonaConfigInput = builder.inputType('HttpPersonaConfigInput', {
  fields: (t) => ({
    userAgent: t.string(),
    headers: t.field({ type: [HttpHeaderInput] }),
    timeoutMs: t.int({ description: 'Default 10000.' }),
    followRedirects: t.boolean({ description: 'Default true.' }),
    maxRedirects: t.int({ description: 'Default 5.' }),
  }),
});

const CreatePersonaInput = builder.inputType('CreatePersonaInput', {
  fields: (t) => ({
    kind: t.field({ type: PersonaKindEnum, required: true }),
    name: t.string({ required: true }),
    description: t.string(),
    enabled: t.boolean({ description: 'Default true.' }),
    dns: t.field({ type: DnsPersonaConfigInput, description: 'Required when kind is DNS.' }),
    http: t.field({ type: HttpPersonaConfigInput, description: 'Required when kind is HTTP.' }),
  }),
});

const UpdatePersonaInput = builder.inputType('UpdatePersonaInput', {
  description: 'Only the fields given change. The kind of a persona is fixed.',
  fields: (t) => ({
    name: t.string(),
    description: t.string(),
    enabled: t.boolean(),
    dns: t.field({ type: DnsPersonaConfigInput }),
    http: t.field({ type: HttpPersonaConfigInput }),
  }),
});

defineChangeType(PERSONA, { type: PersonaRef, node: true });

builder.queryFields((t) => ({
  persona: t.field({
    type: PersonaRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => personas.getPersona(ctx.services, requireViewer(ctx), String(id)),
  }),
  personas: t.connection({
    type: PersonaRef,
    description: 'Newest first.',
    args: { kind: t.arg({ type: PersonaKindEnum }) },
    resolve: (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      return resolveNewestFirst(
        args,
        (row: PersonaRow) => ({ at: row.created_at, id: row.id }),
        (page) => personas.listPersonas(ctx.services, viewer, page, args.kind ?? undefined),
      );
    },
  }),
}));

builder.mutationFields((t) => ({
  createPersona: t.field({
    type: PersonaRef,
    args: { input: t.arg({ type: CreatePersonaInput, required: true }) },
    resolve: (_root, { input }, ctx) => personas.createPersona(ctx.services, requireViewer(ctx), input),
  }),
  updatePersona: t.field({
    type: PersonaRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePersonaInput, required: true }) },
    resolve: (_root, { id, input }, ctx) =>
      personas.updatePersona(ctx.services, requireViewer(ctx), String(id), input),
  }),
  deletePersona: t.id({
    description: 'Returns the id of the deleted persona.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => personas.deletePersona(ctx.services, requireViewer(ctx), String(id)),
  }),
}));
