// Starts GraphiQL with a fetcher that follows the API's transport rules: queries and mutations
// are POSTed with the Headers tab's headers; subscriptions run over graphql-ws, with the Headers
// tab's Authorization sent in `connection_init` (the only place a socket takes its token). A person
// signed in to the web app on this origin may use that session instead of typing a token.
// Loaded as a file, not inline, so the page runs under `script-src 'self'`.
(function startGraphiQL() {
  const options = JSON.parse(document.getElementById('graphiql-options').textContent);
  const endpoint = new URL(options.endpoint, location.href);
  const socketUrl = endpoint.href.replace(/^http/, 'ws');

  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: (_moduleId, label) => options.workers[label],
  };

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

  function operationType(documentAST, operationName) {
    const operations = (documentAST?.definitions ?? []).filter((definition) => definition.kind === 'OperationDefinition');
    const chosen = operations.find((operation) => operation.name?.value === operationName) ?? operations[0];
    return chosen?.operation ?? 'query';
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

  function showSessionBar() {
    const bar = document.createElement('div');
    bar.id = 'session-bar';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', 'Session');
    bar.style.cssText = 'display:flex;gap:12px;align-items:center;padding:6px 12px;font:14px system-ui,sans-serif;border-bottom:1px solid #d0d4da';
    const label = document.createElement('label');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    checkbox.checked = true;
    checkbox.addEventListener('change', () => (useSession = checkbox.checked));
    label.append(checkbox, ' Use my session');
    const who = document.createElement('span');
    who.id = 'session-who';
    who.textContent = 'signed in to the web app';
    bar.append(label, who);
    const root = document.getElementById('root');
    root.before(bar);
    root.style.height = `calc(100vh - ${bar.offsetHeight}px)`;
    postOperation({ query: 'query GraphiQLSession { me { displayName } }' }, withSession({})).then(
      (result) => {
        if (result?.data?.me) who.textContent = `as ${result.data.me.displayName}, from the web app (the Headers tab's Authorization wins)`;
        else {
          who.textContent = 'your web app session has ended: sign in again there, or send a token in the Headers tab';
          checkbox.checked = useSession = false;
        }
      },
      () => (who.textContent = 'could not check your session'),
    );
  }
  if (sessionToken) showSessionBar();

  function fetcher(params, fetcherOptions) {
    const headers = withSession(fetcherOptions?.headers ?? {});
    if (operationType(fetcherOptions?.documentAST, params.operationName) === 'subscription') {
      return socketFor(headerNamed(headers, 'authorization')).iterate(params);
    }
    return postOperation(params, headers);
  }

  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), { ...options.graphiql, fetcher });
})();
