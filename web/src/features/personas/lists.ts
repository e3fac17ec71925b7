import { list, type Lists } from '../../urql/lists';
import { PersonasPage_List } from './PersonasPage';

export const personaLists: Lists = {
  Persona: [list(PersonasPage_List, 'personas')],
};
