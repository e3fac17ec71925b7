import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';

/**
 * GraphiQL, bundled from its package at build time and served by the API (no CDN) as separate files,
 * so the page works on a machine with no internet and under a Content-Security-Policy that allows no inline script.
 * `boot.js` gives it a fetcher that follows the API's transport rules (subscriptions over
 * graphql-ws with the token in `connection_init`).
 */

export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

/** No inline or foreign script, no plugins, no framing. GraphiQL's editor sets style attributes, hence styles' 'unsafe-inline'. */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  body: Buffer;
  /** The body gzipped (about a quarter of it), once the thread pool has made it; sent to a browser that takes gzip. */
  gzipped?: Buffer;
  contentType: string;
  etag: string;
}

function asset(content: string, contentType: string): Asset {
  const body = Buffer.from(content);
  const made: Asset = { body, contentType, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
  // Off the event loop (zlib's thread pool); until it is done, the file goes out as it is.
  gzip(body, { level: 6 }, (error, gzipped) => {
    if (!error) made.gzipped = gzipped;
  });
  return made;
}

const require = createRequire(import.meta.url);
const JS = 'text/javascript; charset=utf-8';

/** Where the API's build (run on install and before `npm start`) puts GraphiQL's bundle, whether this runs from src/ or dist/. */
const BUNDLE_DIR = join(dirname(require.resolve('@pulsegraph/api/package.json')), 'dist/graphiql');

/** A plain mark for the tab: the page allows images from itself and data: URLs only. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#e535ab"/></svg>',
)}`;

async function readBundleFile(name: string): Promise<string> {
  try {
    return await readFile(join(BUNDLE_DIR, name), 'utf8');
  } catch (error) {
    throw new Error(`GraphiQL's ${name} is not built (${(error as Error).message}): run \`npm run build --workspace api\``);
  }
}

/** GraphiQL's files (about 1.9 MB), read on the first visit or when the web app is opened (`warmGraphiQL`: its header links here), not at start. */
let loading: Promise<Map<string, Asset>> | undefined;
const loadAssets = () =>
  (loading ??= Promise.all([
    readBundleFile('graphiql.js'),
    readBundleFile('graphiql.css'),
    readFile(join(dirname(require.resolve('graphql-ws/package.json')), 'umd/graphql-ws.min.js'), 'utf8'),
    readFile(new URL('./graphiql/boot.js', import.meta.url), 'utf8'),
  ]).then(
    ([js, css, graphqlWs, boot]) =>
      new Map<string, Asset>([
        ['graphiql.css', asset(css, 'text/css; charset=utf-8')],
        ['graphiql.js', asset(js, JS)],
        ['graphql-ws.js', asset(graphqlWs, JS)],
        ['boot.js', asset(boot, JS)],
      ]),
    (error: unknown) => {
      loading = undefined; // asked again on the next visit, once the build has been run
      throw error;
    },
  ));

/** Starts reading GraphiQL's files if nobody has yet, so the first visit does not wait for them. */
export function warmGraphiQL(): void {
  loadAssets().catch(() => {
    // A missing build is reported to the visitor who asks for the page.
  });
}

export interface GraphiQLOptions {
  title: string;
  endpoint: string;
  /** The starter document for a visitor without the web app's session: how to send a token. */
  defaultQuery: string;
  /** The starter document when "Use my session" signs the requests: nothing to paste. */
  sessionQuery?: string;
  /** Where the web app lives, for the link back to it. */
  appPath?: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The bar above GraphiQL (the way back to the app, the session) and the subscription event log below it. */
const PAGE_STYLE = `
#graphiql-bar{display:flex;gap:16px;align-items:center;padding:6px 12px;font:14px system-ui,sans-serif;border-bottom:1px solid #d0d4da;color:#1f2328;background:#fff}
#graphiql-bar a{color:#0b57d0}
#session-bar{display:flex;gap:12px;align-items:center}
#root{height:calc(100vh - var(--bar-height, 37px) - var(--log-height, 0px));overflow:hidden}
#root .graphiql-container{height:100%;width:100%}
#event-log{position:relative;z-index:1;height:var(--log-height, 0px);box-sizing:border-box;overflow:auto;border-top:1px solid #d0d4da;font:13px system-ui,sans-serif;color:#1f2328;background:#fff;padding:4px 12px}
#event-log[hidden]{display:none}
#event-log .log-header{display:flex;gap:12px;align-items:center}
#event-log h2{font-size:14px;margin:4px 0}
#event-log ol{margin:0;padding:0;list-style:none}
#event-log li{border-bottom:1px solid #eaecef;padding:3px 0}
#event-log .meta{font-weight:600}
#event-log pre{margin:2px 0 0;white-space:pre-wrap;word-break:break-all;font:12px ui-monospace,monospace}
`;

/** The page: markup and one JSON data block (inert under CSP); everything that runs is a file. */
export function graphiqlPage(options: GraphiQLOptions, versionOf: (name: string) => string): string {
  // Each file's URL names its version, so a browser keeps it without asking again (`immutable`) until it changes.
  const at = (name: string) => `${GRAPHIQL_ASSETS_PATH}${name}?v=${versionOf(name)}`;
  const bootOptions = {
    endpoint: options.endpoint,
    graphiql: { defaultQuery: options.defaultQuery },
    sessionQuery: options.sessionQuery,
  };
  // `<` escaped so no text in the options can close the data block.
  const json = JSON.stringify(bootOptions).replace(/</g, '\\u003c');
  // boot.js comes first: it asks about the session while graphiql.js downloads; all three run in order, deferred.
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title)}</title>
    <link rel="icon" href="${FAVICON}" />
    <link rel="stylesheet" href="${at('graphiql.css')}" />
    <style>${PAGE_STYLE}</style>
    <script type="application/json" id="graphiql-options">${json}</script>
    <script src="${at('boot.js')}" defer></script>
    <script src="${at('graphql-ws.js')}" defer></script>
    <script src="${at('graphiql.js')}" defer></script>
  </head>
  <body id="body" class="no-focus-outline">
    <header id="graphiql-bar">
      <nav aria-label="Pulsegraph"><a href="${escapeHtml(options.appPath ?? '/')}" id="back-to-app">&larr; Back to the Pulsegraph console</a></nav>
    </header>
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <section id="event-log" aria-label="Subscription events" hidden></section>
  </body>
</html>`;
}

export async function sendGraphiQLPage(res: ServerResponse, options: GraphiQLOptions): Promise<void> {
  const assets = await loadAssets();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': GRAPHIQL_CSP, 'cache-control': 'no-cache' });
  res.end(graphiqlPage(options, (name) => versionOf(assets.get(name)!)));
}

const versionOf = (asset: Asset) => asset.etag.slice(1, -1);

/**
 * Serves one of the page's files, gzipped when the browser takes it; false when `name` is not one (the
 * caller answers 404). Asked for as the page names it (`?v=` its current version), it may be kept for
 * a year unasked; any other URL of it is revalidated each time.
 */
export async function sendGraphiQLAsset(res: ServerResponse, name: string, version: string | null, requestHeaders: IncomingHttpHeaders): Promise<boolean> {
  const found = (await loadAssets()).get(name);
  if (!found) return false;
  const gzipped = found.gzipped && /\bgzip\b/.test(String(requestHeaders['accept-encoding'] ?? '')) ? found.gzipped : undefined;
  // Each encoding is its own representation, with its own validator.
  const etag = gzipped ? `${found.etag.slice(0, -1)}-gzip"` : found.etag;
  const cacheControl = version === versionOf(found) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const headers = { etag, vary: 'accept-encoding', 'cache-control': cacheControl, 'content-security-policy': GRAPHIQL_CSP };
  if (requestHeaders['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  const body = gzipped ?? found.body;
  res.writeHead(200, { ...headers, 'content-type': found.contentType, 'content-length': String(body.length), ...(gzipped ? { 'content-encoding': 'gzip' } : {}) });
  res.end(body);
  return true;
}

const STARTER_DOCUMENT = `subscription Live {
  changes {
    __typename
    cursor
    op
    entityId
    ... on PersonaChange { persona { id name kind } }
  }
}
`;
/** Pulsegraph's GraphiQL: its title and the starter documents, which agree with how the page signs requests. */
export const pulsegraphGraphiQL = (endpoint: string): GraphiQLOptions => ({
  title: 'Pulsegraph GraphiQL',
  endpoint,
  defaultQuery: `# Sign in (mutation signIn), then put {"Authorization": "Bearer <token>"} in Headers below.
# Subscriptions run over WebSocket with that token; each event is logged below the editor.
${STARTER_DOCUMENT}`,
  sessionQuery: `# "Use my session" (above) signs these requests as you, from the web app: run this as it is.
# Untick it to send another token instead, as {"Authorization": "Bearer <token>"} in Headers below.
# Subscriptions run over WebSocket with the same token; each event is logged below the editor.
${STARTER_DOCUMENT}`,
});
