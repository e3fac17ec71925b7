// The floor: a raw `ws` broadcast with no GraphQL at all. It acknowledges graphql-ws's
// connection_init so the same load generator can talk to it, and sends the same bytes to every
// socket for each update (no operation ids, no execution, no database). Prints its port.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

let version = 0;
const server = createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const { variables } = JSON.parse(Buffer.concat(chunks).toString() || '{}');
  const keywordSet = { id: variables?.id ?? 'ks-1', name: variables?.name ?? 'start', version: ++version };
  const frame = JSON.stringify({ id: 'all', type: 'next', payload: { data: { keywordSetChanged: keywordSet } } });
  for (const socket of wss.clients) socket.send(frame);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ data: { updateKeywordSet: keywordSet } }));
});
const wss = new WebSocketServer({ server, path: '/graphql', handleProtocols: () => 'graphql-transport-ws' });
wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    if (String(data).includes('"connection_init"')) socket.send('{"type":"connection_ack"}');
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
