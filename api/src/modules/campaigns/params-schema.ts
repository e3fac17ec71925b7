import { builder } from '../../builder.js';
import { domainCount } from './generation.js';
import type { DnsParams, GenerationParams, HttpParams } from './params.js';

/** A campaign's parameters in the schema: one output type per kind (the `CampaignParams` union) and the inputs that set them. */
const GenerationPatternEnum = builder.enumType('GenerationPattern', {
  values: {
    PREFIX: { description: 'variable + constant' },
    SUFFIX: { description: 'constant + variable' },
    BOTH: { description: 'variable + constant + variable, both sides of the same length' },
  } as const,
});
const DnsRecordTypeEnum = builder.enumType('DnsRecordType', { values: ['A', 'AAAA'] as const });
const HttpSchemeEnum = builder.enumType('HttpScheme', { values: ['HTTP', 'HTTPS'] as const });

const DomainGenerationParamsRef = builder
  .objectRef<GenerationParams & { kind: 'DOMAIN_GENERATION' }>('DomainGenerationParams')
  .implement({
    fields: (t) => ({
      pattern: t.field({ type: GenerationPatternEnum, resolve: (p) => p.pattern }),
      constant: t.exposeString('constant'),
      characterSet: t.exposeString('characterSet'),
      minLength: t.exposeInt('minLength'),
      maxLength: t.exposeInt('maxLength'),
      tlds: t.exposeStringList('tlds'),
      maxDomains: t.exposeInt('maxDomains', { nullable: true }),
      domainCount: t.int({ description: 'How many domains these params produce.', resolve: (p) => domainCount(p) }),
    }),
  });

const DnsValidationParamsRef = builder.objectRef<DnsParams & { kind: 'DNS_VALIDATION' }>('DnsValidationParams').implement({
  fields: (t) => ({ recordType: t.field({ type: DnsRecordTypeEnum, resolve: (p) => p.recordType }) }),
});

const HttpKeywordValidationParamsRef = builder
  .objectRef<HttpParams & { kind: 'HTTP_KEYWORD_VALIDATION' }>('HttpKeywordValidationParams')
  .implement({
    fields: (t) => ({
      scheme: t.field({ type: HttpSchemeEnum, resolve: (p) => p.scheme }),
      port: t.exposeInt('port', { nullable: true }),
      path: t.exposeString('path'),
      concurrency: t.exposeInt('concurrency'),
    }),
  });

export const CampaignParamsUnion = builder.unionType('CampaignParams', {
  types: [DomainGenerationParamsRef, DnsValidationParamsRef, HttpKeywordValidationParamsRef],
  resolveType: (params) =>
    params.kind === 'DOMAIN_GENERATION'
      ? DomainGenerationParamsRef
      : params.kind === 'DNS_VALIDATION'
        ? DnsValidationParamsRef
        : HttpKeywordValidationParamsRef,
});

const DomainGenerationParamsInput = builder.inputType('DomainGenerationParamsInput', {
  fields: (t) => ({
    pattern: t.field({ type: GenerationPatternEnum, required: true }),
    constant: t.string({ description: 'The fixed part, a-z 0-9 and inner hyphens. Default empty.' }),
    characterSet: t.string({ required: true, description: 'Characters of the variable part, in counting order (a-z, 0-9).' }),
    minLength: t.int({ required: true }),
    maxLength: t.int({ required: true }),
    tlds: t.stringList({ required: true }),
    maxDomains: t.int({ description: 'Stop after this many; needed when the params describe more than the server maximum.' }),
  }),
});

const DnsValidationParamsInput = builder.inputType('DnsValidationParamsInput', {
  fields: (t) => ({ recordType: t.field({ type: DnsRecordTypeEnum, description: 'Default A.' }) }),
});

const HttpKeywordValidationParamsInput = builder.inputType('HttpKeywordValidationParamsInput', {
  fields: (t) => ({
    scheme: t.field({ type: HttpSchemeEnum, description: 'Default HTTP.' }),
    port: t.int({ description: 'Default: the scheme\'s port.' }),
    path: t.string({ description: 'Default /.' }),
    concurrency: t.int({ description: 'Requests in flight at once, 1 to 100. Default 10.' }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export const campaignSetupFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  generation: t.field({ type: DomainGenerationParamsInput, description: 'DOMAIN_GENERATION only (required there).' }),
  dns: t.field({ type: DnsValidationParamsInput, description: 'DNS_VALIDATION only.' }),
  http: t.field({ type: HttpKeywordValidationParamsInput, description: 'HTTP_KEYWORD_VALIDATION only.' }),
  personaId: t.id({ description: 'DNS_VALIDATION: a DNS persona; HTTP_KEYWORD_VALIDATION: an HTTP persona. Required for both.' }),
  keywordSetId: t.id({ description: 'HTTP_KEYWORD_VALIDATION (required).' }),
  proxyPoolId: t.id({ description: 'HTTP_KEYWORD_VALIDATION: fetch through this pool.' }),
  sourceId: t.id({
    description: 'DNS_VALIDATION: a DOMAIN_GENERATION campaign; HTTP_KEYWORD_VALIDATION: a DNS_VALIDATION campaign. It runs once its source has COMPLETED.',
  }),
});
