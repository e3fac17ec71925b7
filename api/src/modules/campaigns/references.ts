import type { Executor } from '../../db/database.js';
import type { CampaignRow } from './table.js';
import { Conflict } from '../../errors.js';
import * as repo from './repo.js';

/** What other modules ask of campaigns: whether one still uses an entity they are about to delete. */

export function campaignsUsing(
  db: Executor,
  reference: { personaId?: string; keywordSetId?: string; proxyPoolId?: string; sourceId?: string },
): Promise<CampaignRow[]> {
  return repo.campaignsUsing(db, reference);
}

/** Refuses (CONFLICT) to delete an entity a campaign still uses, naming that campaign. */
export async function refuseIfUsed(
  db: Executor,
  what: string,
  reference: { personaId?: string; keywordSetId?: string; proxyPoolId?: string },
): Promise<void> {
  const users = await repo.campaignsUsing(db, reference);
  if (users.length > 0) throw new Conflict(`${what} is used by campaign "${users[0]!.name}"; delete that campaign first`);
}
