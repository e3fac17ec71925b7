// The write-path peer: what an outside user would build for the same essential work, with no
// change stream. graphql-yoga + better-sqlite3; each request looks its bearer token up (hashed, as
// a session table keeps it); each mutation writes its row and one outbox row in one transaction.
// Prints its port and a token on stdout.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import Database from 'better-sqlite3';
import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';

const db = new Database(process.env.BASELINE_DB ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`
  create table if not exists sessions (token_hash text primary key, user_id text not null, expires_at text not null, revoked_at text);
  create table if not exists keyword_sets (id text primary key, name text not null unique, updated_at text not null, version integer not null);
  create table if not exists personas (id text primary key, kind text not null, name text not null unique, config text not null, created_at text not null, version integer not null);
  create table if not exists outbox (seq integer primary key autoincrement, topic text not null, op text not null, entity_id text not null, at text not null);
`);
const hash = (token) => createHash('sha256').update(token).digest('hex');
const token = randomBytes(32).toString('base64url');
db.prepare('insert into sessions values (?, ?, ?, null)').run(hash(token), 'user-1', new Date(Date.now() + 86_400_000).toISOString());
db.prepare('insert or replace into keyword_sets values (?, ?, ?, 1)').run('ks-1', 'start', new Date().toISOString());

const findSession = db.prepare('select user_id from sessions where token_hash = ? and expires_at > ? and revoked_at is null');
const updateKeywordSet = db.prepare('update keyword_sets set name = ?, updated_at = ?, version = version + 1 where id = ? returning id, name, version');
const insertPersona = db.prepare('insert into personas values (?, ?, ?, ?, ?, 1) returning id, kind, name, version');
const insertOutbox = db.prepare('insert into outbox (topic, op, entity_id, at) values (?, ?, ?, ?)');

const inTransaction = (work) => db.transaction(work)();

const yoga = createYoga({
  logging: false,
  graphiql: false,
  schema: createSchema({
    typeDefs: `
      type KeywordSet { id: ID! name: String! version: Int! }
      type Persona { id: ID! kind: String! name: String! version: Int! }
      type Query { ok: Boolean }
      type Mutation {
        updateKeywordSet(id: ID!, name: String!): KeywordSet!
        createPersona(name: String!, resolvers: [String!]!): Persona!
      }
    `,
    resolvers: {
      Mutation: {
        updateKeywordSet: (_, { id, name }, { userId }) => {
          if (!userId) throw new GraphQLError('Sign in', { extensions: { code: 'UNAUTHENTICATED' } });
          return inTransaction(() => {
            const row = updateKeywordSet.get(name, new Date().toISOString(), id);
            if (!row) throw new GraphQLError(`No keyword set ${id}`, { extensions: { code: 'NOT_FOUND' } });
            insertOutbox.run('KEYWORD_SET', 'UPDATED', id, new Date().toISOString());
            return row;
          });
        },
        createPersona: (_, { name, resolvers }, { userId }) => {
          if (!userId) throw new GraphQLError('Sign in', { extensions: { code: 'UNAUTHENTICATED' } });
          return inTransaction(() => {
            const row = insertPersona.get(randomUUID(), 'DNS', name, JSON.stringify({ resolvers }), new Date().toISOString());
            insertOutbox.run('PERSONA', 'CREATED', row.id, new Date().toISOString());
            return row;
          });
        },
      },
    },
  }),
  context: ({ request }) => {
    const bearer = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    const session = bearer && findSession.get(hash(bearer), new Date().toISOString());
    return { userId: session?.user_id };
  },
});

const server = createServer(yoga);
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port} token ${token}`));
