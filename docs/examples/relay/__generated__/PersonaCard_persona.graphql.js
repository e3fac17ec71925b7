/**
 * @generated SignedSource<<6cc9cd5c8396945fd96fc3222525f003>>
 * @lightSyntaxTransform
 */

/* eslint-disable */

'use strict';

import PersonaCardRefetchQuery_graphql from './PersonaCardRefetchQuery.graphql';

var node = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "refetch": {
      "connection": null,
      "fragmentPathInResult": [
        "node"
      ],
      "operation": PersonaCardRefetchQuery_graphql,
      "identifierInfo": {
        "identifierField": "id",
        "identifierQueryVariableName": "id"
      }
    }
  },
  "name": "PersonaCard_persona",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "id",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "name",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "kind",
      "storageKey": null
    }
  ],
  "type": "Persona",
  "abstractKey": null
};

node.hash = "d4e3bb0ded5a6352e714fe11ff81a3d7";

export default node;
