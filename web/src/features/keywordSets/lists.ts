import { list, type Lists } from '../../urql/lists';
import { KeywordSetsPage_List } from './KeywordSetsPage';

export const keywordSetLists: Lists = {
  KeywordSet: [list(KeywordSetsPage_List, 'keywordSets')],
};
