// The entry of GraphiQL's bundle (build.mjs makes dist/graphiql/graphiql.js and graphiql.css from it):
// GraphiQL 4, whose CodeMirror editor on Preact's React layer comes to 1.3 MB where the Monaco build
// Yoga ships is 5.2 MB. boot.js renders it with the API's fetcher.
//
// app.js is imported dynamically, which the bundle turns into a call one microtask after this script's
// first run, so its modules load outside the script's top-level function. Why that matters: with a
// debugger attached (DevTools open, or the browser driven over its protocol), every Error made records
// line numbers for each function on the stack, and the top-level function of this script is the whole
// 1.3 MB bundle: graphql-js and framer-motion each make one as they load, and the first cost V8 a
// reparse of the bundle (about 400 ms on this machine's cores).
const app = import('./app.js');
let loaded;
app.then((module) => (loaded = module));

window.PulsegraphGraphiQL = {
  render(root, props) {
    app.then((module) => module.render(root, props));
  },
  /** A live query's answer with its JSON Patch applied (the patch arrives after the answer, so app.js is loaded by then). */
  patched: (data, patch) => loaded.patched(data, patch),
};
