import type { Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface CampaignTables {
  campaigns: CampaignsTable;
  campaign_results: CampaignResultsTable;
  export_links: ExportLinksTable;
}

/** Each list is the one place its values are spelled: the TypeScript type, the GraphQL enum and the dashboard's counts come from it. */
export const CAMPAIGN_KINDS = ['DOMAIN_GENERATION', 'DNS_VALIDATION', 'HTTP_KEYWORD_VALIDATION'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_STATUSES = ['DRAFT', 'QUEUED', 'RUNNING', 'PAUSED', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export interface CampaignsTable {
  id: string;
  name: string;
  kind: CampaignKind;
  /** JSON, shaped per kind (see modules/campaigns/params.ts). */
  params: string;
  persona_id: string | null;
  keyword_set_id: string | null;
  proxy_pool_id: string | null;
  source_id: string | null;
  status: CampaignStatus;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
  /** Why a finished campaign did less than its setup suggests, e.g. nothing to do. */
  note: string | null;
  /** The runner instance holding this campaign and until when; internal, not part of the API. */
  runner_id: string | null;
  lease_until: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export const CAMPAIGN_RESULT_STATUSES = ['GENERATED', 'RESOLVED', 'UNRESOLVED', 'MATCHED', 'NOT_MATCHED', 'ERROR'] as const;
export type CampaignResultStatus = (typeof CAMPAIGN_RESULT_STATUSES)[number];

export interface CampaignResultsTable {
  campaign_id: string;
  /** 0-based, in the campaign's deterministic input order; (campaign_id, position) is the key. */
  position: number;
  domain: string;
  status: CampaignResultStatus;
  /** JSON array of addresses (DNS) or null. */
  records: string | null;
  http_status: number | null;
  /** JSON array of matched rule patterns (HTTP) or null. */
  matched_keywords: string | null;
  error: string | null;
  created_at: string;
}

/** A single-use download link to a campaign's CSV, made for one session (modules/campaigns/export.ts). */
export interface ExportLinksTable {
  ticket_hash: string;
  campaign_id: string;
  session_id: string;
  expires_at: string;
}

export type CampaignRow = Selectable<CampaignsTable>;
export type CampaignResultRow = Selectable<CampaignResultsTable>;
