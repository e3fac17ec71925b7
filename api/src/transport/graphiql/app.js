// GraphiQL 4 and what the page needs of it, loaded by render.js after the bundle's first run (see there).
import { applyPatch } from 'fast-json-patch';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

export function render(root, props) {
  createRoot(root).render(createElement(GraphiQL, props));
}

/** A live query's JSON Patch (`@live(patches: true)`) applied to the answer shown, which it leaves as it was. */
export const patched = (data, patch) => applyPatch(data, patch, false, false).newDocument;
