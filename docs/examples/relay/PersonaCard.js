// What relay-compiler reads: a refetchable fragment. Its refetch query goes through node(id:).
import { graphql } from 'relay-runtime';

export const PersonaCardFragment = graphql`
  fragment PersonaCard_persona on Persona @refetchable(queryName: "PersonaCardRefetchQuery") {
    id
    name
    kind
  }
`;
