// A peer: a plain graphql-js + graphql-ws server doing the same work per update
// (write the row to SQLite, then push it to every subscriber) with no change log, no replay,
// no auth and no per-viewer filtering. Prints its port on stdout.
import { createServer } from 'node:http';
import { EventEmitter, on } from 'node:events';
import Database from 'better-sqlite3';
import { buildSchema, execute, parse, subscribe } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

const db = new Database(process.env.BASELINE_DB ?? ':memory:');
db.pragma('journal_mode = WAL');
db.exec('create table if not exists keyword_sets (id text primary key, name text not null, version integer not null)');
db.prepare('insert or replace into keyword_sets values (?, ?, 1)').run('ks-1', 'start');
const update = db.prepare('update keyword_sets set name = ?, version = version + 1 where id = ? returning id, name, version');

const events = new EventEmitter();
events.setMaxListeners(0);

const schema = buildSchema(`
  type KeywordSet { id: ID! name: String! version: Int! }
  type Query { ok: Boolean }
  type Mutation { updateKeywordSet(id: ID!, name: String!): KeywordSet }
  type Subscription { keywordSetChanged: KeywordSet! }
`);
const rootValue = {
  ok: () => true,
  updateKeywordSet: ({ id, name }) => {
    const row = update.get(name, id);
    events.emit('changed', row);
    return row;
  },
  keywordSetChanged: async function* () {
    for await (const [row] of on(events, 'changed')) yield { keywordSetChanged: row };
  },
};

const server = createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const { query, variables } = JSON.parse(Buffer.concat(chunks).toString() || '{}');
  const result = await execute({ schema, document: parse(query), variableValues: variables, rootValue });
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(result));
});
const wss = new WebSocketServer({ server, path: '/graphql' });
useServer({ schema, roots: { subscription: rootValue }, execute, subscribe }, wss);
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
