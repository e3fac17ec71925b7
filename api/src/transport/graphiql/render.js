// The entry of GraphiQL's bundle (build.mjs makes dist/graphiql/graphiql.js and graphiql.css from it):
// GraphiQL 4, whose CodeMirror editor on Preact's React layer comes to 1.1 MB where the Monaco build
// Yoga ships is 5.2 MB. boot.js renders it with the API's fetcher.
import { applyPatch } from 'fast-json-patch';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

window.PulsegraphGraphiQL = {
  render(root, props) {
    createRoot(root).render(createElement(GraphiQL, props));
  },
  /** A live query's JSON Patch (`@live(patches: true)`) applied to the answer shown, which it leaves as it was. */
  patched: (data, patch) => applyPatch(data, patch, false, false).newDocument,
};
