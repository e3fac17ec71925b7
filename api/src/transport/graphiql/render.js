// The entry of GraphiQL's bundle (build.mjs makes dist/graphiql/graphiql.js and graphiql.css from it):
// GraphiQL 4, whose CodeMirror editor on Preact's React layer comes to 1.3 MB where the Monaco build
// Yoga ships is 5.2 MB. boot.js renders it with the API's fetcher.
//
// app.js is imported dynamically so its modules load one microtask after this script's first run, outside
// its top-level function: an Error made there costs V8 a reparse of the whole bundle under a debugger (BENCHMARKS.md).
const app = import('./app.js');
let loaded;
app.then((module) => (loaded = module));

window.PulsegraphGraphiQL = {
  render(root, props) {
    app.then((module) => module.render(root, props));
  },
  /** A live query's answer with its JSON Patch applied; only GraphiQL's fetcher calls it, so after app.js set `loaded` (its `then` runs first). */
  patched: (data, patch) => loaded.patched(data, patch),
};
