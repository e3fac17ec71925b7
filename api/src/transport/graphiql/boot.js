// Starts GraphiQL with a fetcher that follows the API's transport rules: queries and mutations
// are POSTed with the Headers tab's headers; subscriptions run over graphql-ws, with the Headers
// tab's Authorization sent in `connection_init` (the only place a socket takes its token).
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

  function fetcher(params, fetcherOptions) {
    const headers = fetcherOptions?.headers ?? {};
    if (operationType(fetcherOptions?.documentAST, params.operationName) === 'subscription') {
      return socketFor(headerNamed(headers, 'authorization')).iterate(params);
    }
    return postOperation(params, headers);
  }

  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), { ...options.graphiql, fetcher });
})();
