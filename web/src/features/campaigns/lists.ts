import { list, type Lists } from '../../urql/lists';
import { CampaignsPage_Data } from './CampaignsPage';

/** The campaigns, and what the new-campaign form picks from. */
export const campaignLists: Lists = {
  Campaign: [list(CampaignsPage_Data, 'campaigns')],
  Persona: [list(CampaignsPage_Data, 'personas')],
  KeywordSet: [list(CampaignsPage_Data, 'keywordSets')],
  ProxyPool: [list(CampaignsPage_Data, 'proxyPools')],
};
