import type {
  CampaignKind,
  CampaignResultStatus,
  CampaignStatus,
  DnsRecordType,
  GenerationPattern,
  HealthStatus,
  HttpScheme,
  KeywordRuleKind,
  PersonaKind,
  PoolStrategy,
  ProxyProtocol,
  Role,
} from '../gql/graphql';

/**
 * What the console calls each of the schema's enum values: one place, typed by codegen's enums, so a
 * value the schema adds fails the typecheck here instead of showing as `SOME_VALUE` on a page.
 */

export const CAMPAIGN_KIND: Record<CampaignKind, string> = {
  DOMAIN_GENERATION: 'Domain generation',
  DNS_VALIDATION: 'DNS check',
  HTTP_KEYWORD_VALIDATION: 'Keyword search',
};

export const CAMPAIGN_KIND_HINT: Record<CampaignKind, string> = {
  DOMAIN_GENERATION: 'Makes a list of domain names from a pattern',
  DNS_VALIDATION: 'Asks DNS which names of a generation resolve',
  HTTP_KEYWORD_VALIDATION: 'Fetches the resolving names and looks for keywords',
};

export const CAMPAIGN_STATUS: Record<CampaignStatus, string> = {
  DRAFT: 'Draft',
  QUEUED: 'Queued',
  RUNNING: 'Running',
  PAUSED: 'Paused',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

export const RESULT_STATUS: Record<CampaignResultStatus, string> = {
  GENERATED: 'Generated',
  RESOLVED: 'Resolves',
  UNRESOLVED: 'Does not resolve',
  MATCHED: 'Matched',
  NOT_MATCHED: 'No match',
  ERROR: 'Error',
};

/** Only an error is a failure: a name that does not resolve, or a page without the keywords, is an answer. */
export const RESULT_COLOR: Record<CampaignResultStatus, string> = {
  GENERATED: 'gray',
  RESOLVED: 'green',
  UNRESOLVED: 'gray',
  MATCHED: 'green',
  NOT_MATCHED: 'gray',
  ERROR: 'red',
};

export const HEALTH: Record<HealthStatus, string> = {
  HEALTHY: 'Healthy',
  UNHEALTHY: 'Unhealthy',
  UNKNOWN: 'Not checked yet',
};

export const POOL_STRATEGY: Record<PoolStrategy, string> = {
  ROUND_ROBIN: 'Round robin',
  RANDOM: 'Random',
  LEAST_LATENCY: 'Fastest first',
};

export const PERSONA_KIND: Record<PersonaKind, string> = {
  DNS: 'DNS',
  HTTP: 'HTTP',
};

export const PROXY_PROTOCOL: Record<ProxyProtocol, string> = {
  HTTP: 'HTTP',
  HTTPS: 'HTTPS',
  SOCKS5: 'SOCKS5',
};

export const RULE_KIND: Record<KeywordRuleKind, string> = {
  STRING: 'Phrase',
  REGEX: 'Regular expression',
};

export const GENERATION_PATTERN: Record<GenerationPattern, string> = {
  PREFIX: 'before the constant',
  SUFFIX: 'after the constant',
  BOTH: 'on both sides',
};

export const DNS_RECORD_TYPE: Record<DnsRecordType, string> = {
  A: 'A (IPv4)',
  AAAA: 'AAAA (IPv6)',
};

export const HTTP_SCHEME: Record<HttpScheme, string> = {
  HTTP: 'http',
  HTTPS: 'https',
};

export const ROLE: Record<Role, string> = {
  ADMIN: 'Admin',
  MEMBER: 'Member',
  VIEWER: 'Viewer',
};

export const ROLE_HINT: Record<Role, string> = {
  ADMIN: 'everything, members and settings',
  MEMBER: 'runs the console',
  VIEWER: 'reads the console',
};

/** A Select's options from one of the maps above, in the map's order. */
export function options<T extends string>(words: Record<T, string>): Array<{ value: T; label: string }> {
  return (Object.keys(words) as T[]).map((value) => ({ value, label: words[value] }));
}
