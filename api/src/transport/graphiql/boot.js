// Starts GraphiQL with a fetcher that follows the API's transport rules: queries and mutations
// are POSTed with the Headers tab's headers; subscriptions run over graphql-ws, with the Headers
// tab's Authorization sent in `connection_init` (the only place a socket takes its token). A person
// signed in to the web app on this origin may use that session instead of typing a token. Every
// payload a subscription delivers is kept in the event log under the editor, with its cursor and
// when it arrived (GraphiQL's response pane shows only the latest).
// Loaded as a file, not inline, so the page runs under `script-src 'self'`. It runs first of the
// page's deferred scripts: the session is asked about while GraphiQL's bundle downloads, and GraphiQL
// renders once both are there (DOMContentLoaded comes after every deferred script).
(function startGraphiQL() {
  const options = JSON.parse(document.getElementById('graphiql-options').textContent);
  const endpoint = new URL(options.endpoint, location.href);
  const socketUrl = endpoint.href.replace(/^http/, 'ws');

  const bar = document.getElementById('graphiql-bar');
  const root = document.getElementById('root');
  const logSection = document.getElementById('event-log');
  function layout() {
    document.documentElement.style.setProperty('--bar-height', `${bar.offsetHeight}px`);
    document.documentElement.style.setProperty('--log-height', logSection.hidden ? '0px' : '30vh');
  }

  /** One socket per token: a new token in the Headers tab opens a new socket on the next subscription. */
  let socket = null;
  function socketFor(authorization) {
    if (!socket || socket.authorization !== authorization) {
      if (socket) socket.client.dispose();
      const connectionParams = authorization ? { authorization } : {};
      socket = { authorization, client: graphqlWs.createClient({ url: socketUrl, connectionParams, lazy: true, retryAttempts: 0 }) };
    }
    return socket.client;
  }

  function headerNamed(headers, name) {
    const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
    return key === undefined ? undefined : String(headers[key]);
  }

  function chosenOperation(documentAST, operationName) {
    const operations = (documentAST?.definitions ?? []).filter((definition) => definition.kind === 'OperationDefinition');
    return operations.find((operation) => operation.name?.value === operationName) ?? operations[0];
  }

  async function postOperation(params, headers) {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...headers, 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(params),
    });
    return response.json();
  }

  // "Use my session": the web app on this origin keeps its session token here. Headers typed in the
  // Headers tab win; without them, a signed-in person explores as themselves with nothing copied.
  const sessionToken = (() => {
    try {
      return localStorage.getItem('pulsegraph.token');
    } catch {
      return null;
    }
  })();
  let useSession = Boolean(sessionToken);

  function withSession(headers) {
    if (!useSession || headerNamed(headers, 'authorization') !== undefined) return headers;
    return { ...headers, authorization: `Bearer ${sessionToken}` };
  }

  /** Shows the session controls; resolves true when the web app's session signs requests. */
  function showSessionBar() {
    const region = document.createElement('div');
    region.id = 'session-bar';
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', 'Session');
    const label = document.createElement('label');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    checkbox.checked = true;
    checkbox.addEventListener('change', () => (useSession = checkbox.checked));
    label.append(checkbox, ' Use my session');
    const who = document.createElement('span');
    who.id = 'session-who';
    who.textContent = 'signed in to the web app';
    region.append(label, who);
    bar.append(region);
    return postOperation({ query: 'query GraphiQLSession { me { displayName } }' }, withSession({})).then(
      (result) => {
        if (result?.data?.me) {
          who.textContent = `as ${result.data.me.displayName}, from the web app (the Headers tab's Authorization wins)`;
          return true;
        }
        who.textContent = 'your web app session has ended: sign in again there, or send a token in the Headers tab';
        checkbox.checked = useSession = false;
        return false;
      },
      () => {
        who.textContent = 'could not check your session';
        return false;
      },
    );
  }
  // GraphiQL waits for the answer (its starter document depends on it), but not for ever.
  const signedIn = sessionToken ? Promise.race([showSessionBar(), new Promise((resolve) => setTimeout(resolve, 3000, false))]) : Promise.resolve(false);
  layout();

  // The event log: every payload of every subscription run on this page, newest last.
  const log = (() => {
    const header = document.createElement('div');
    header.className = 'log-header';
    const title = document.createElement('h2');
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.textContent = 'Clear the log';
    const list = document.createElement('ol');
    list.id = 'event-log-entries';
    header.append(title, clear);
    logSection.append(header, list);
    let count = 0;
    let current = '';
    clear.addEventListener('click', () => {
      list.replaceChildren();
      count = 0;
      title.textContent = `Subscription events: ${current}`;
    });
    const two = (n) => String(n).padStart(2, '0');
    const time = (at) => `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}.${String(at.getMilliseconds()).padStart(3, '0')}`;
    /** The cursor of each root field's value that has one (a `changes` payload's), or a live answer's. */
    const cursorsOf = (payload) =>
      typeof payload?.extensions?.cursor === 'string'
        ? [payload.extensions.cursor]
        : Object.values(payload?.data ?? {})
            .map((value) => (value && typeof value === 'object' && 'cursor' in value ? String(value.cursor) : undefined))
            .filter((cursor) => cursor !== undefined);
    return {
      start(name) {
        current = `${name}, started ${time(new Date())}`;
        title.textContent = `Subscription events: ${current}`;
        if (logSection.hidden) {
          logSection.hidden = false;
          layout();
        }
      },
      add(payload) {
        count += 1;
        const cursors = cursorsOf(payload);
        const item = document.createElement('li');
        item.dataset.cursor = cursors.join(',');
        const meta = document.createElement('div');
        meta.className = 'meta';
        meta.textContent = `#${count} at ${time(new Date())}, cursor ${cursors.length > 0 ? cursors.join(', ') : 'none (select cursor to see it)'}${payload?.errors ? `, ${payload.errors.length} error(s)` : ''}`;
        const body = document.createElement('pre');
        body.textContent = JSON.stringify(payload);
        item.append(meta, body);
        list.append(item);
        item.scrollIntoView({ block: 'nearest' });
      },
      end(why) {
        title.textContent = `Subscription events: ${current}, ${why}`;
      },
    };
  })();

  /**
   * The subscription's iterator, each payload also written to the log; return() passes straight through
   * so stopping is immediate. A live query's patch is logged as it came and shown applied to the answer.
   */
  function logged(iterator, name) {
    log.start(name);
    let shown;
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next() {
        const result = await iterator.next();
        if (result.done) {
          log.end('ended');
          return result;
        }
        log.add(result.value);
        const { patch, ...extensions } = result.value?.extensions ?? {};
        if (!patch) {
          shown = result.value?.data;
          return result;
        }
        // The pane shows the whole answer the patch makes, as it would have come without patches.
        shown = window.PulsegraphGraphiQL.patched(shown, patch);
        return { ...result, value: { ...result.value, data: shown, extensions } };
      },
      return(value) {
        log.end('stopped');
        return iterator.return ? iterator.return(value) : Promise.resolve({ done: true, value });
      },
      throw(error) {
        log.end('failed');
        return iterator.throw ? iterator.throw(error) : Promise.reject(error);
      },
    };
  }

  function fetcher(params, fetcherOptions) {
    const headers = withSession(fetcherOptions?.headers ?? {});
    const operation = chosenOperation(fetcherOptions?.documentAST, params.operationName);
    // A live query (`query … @live`) streams like a subscription: its answer is replaced in place as it changes.
    const live = operation?.operation === 'query' && (operation.directives ?? []).some((directive) => directive.name.value === 'live');
    if (operation?.operation === 'subscription' || live) {
      return logged(socketFor(headerNamed(headers, 'authorization')).iterate(params), operation.name?.value ?? (live ? 'anonymous live query' : 'anonymous subscription'));
    }
    return postOperation(params, headers);
  }

  const ready = new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  Promise.all([signedIn, ready]).then(([session]) => {
    // The starter document says what signs its requests: the session, or a token to paste.
    const defaultQuery = session && options.sessionQuery ? options.sessionQuery : options.graphiql.defaultQuery;
    PulsegraphGraphiQL.render(root, { defaultQuery, fetcher });
  });
})();
