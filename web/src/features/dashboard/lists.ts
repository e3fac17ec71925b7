import { list, type Lists } from '../../urql/lists';
import { DashboardPage_Data } from './DashboardPage';
import { FirstSteps_Data } from './FirstSteps';

export const dashboardLists: Lists = {
  Campaign: [
    list(DashboardPage_Data, 'running', { shows: (campaign) => campaign.status === 'RUNNING', limit: 10 }),
    list(FirstSteps_Data, 'drafts', { shows: (campaign) => campaign.status === 'DRAFT', limit: 20 }),
  ],
  Activity: [list(DashboardPage_Data, 'activity', { limit: 15 })],
};
