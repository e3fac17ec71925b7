// Relay in Node: refetch a persona through node(id:) with the query relay-compiler generated from
// PersonaCard.js's @refetchable fragment; the store keeps it under its id.
import { Environment, Network, RecordSource, Store, fetchQuery } from 'relay-runtime';
import PersonaCardRefetchQuery from './__generated__/PersonaCardRefetchQuery.graphql.js';

const network = Network.create(async (operation, variables) => {
  const response = await fetch(`${process.env.PULSEGRAPH_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.PULSEGRAPH_KEY}` },
    body: JSON.stringify({ query: operation.text, variables }),
  });
  return response.json();
});
const environment = new Environment({ network, store: new Store(new RecordSource()) });

const id = process.env.PULSEGRAPH_PERSONA_ID;
await fetchQuery(environment, PersonaCardRefetchQuery, { id }).toPromise();
const record = environment.getStore().getSource().get(id);
console.log(JSON.stringify({ id: record.id, typename: record.__typename, name: record.name, kind: record.kind }));
