// The entry of GraphiQL's bundle (build.mjs makes dist/graphiql/graphiql.js and graphiql.css from it):
// GraphiQL 4, whose CodeMirror editor on Preact's React layer comes to 1.1 MB where the Monaco build
// Yoga ships is 5.2 MB. boot.js renders it with the API's fetcher.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

window.PulsegraphGraphiQL = {
  render(root, props) {
    createRoot(root).render(createElement(GraphiQL, props));
  },
};
