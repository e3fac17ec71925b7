import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPublicHost, privateRange } from '../src/net/public-address.js';
import { errorCode, startServer, type TestServer } from './harness.js';

// Classification only: no test here sends a packet to any of these addresses.
const embedded: Array<[form: string, address: string, verdict: 'refused' | 'public']> = [
  ['IPv4-compatible, loopback', '::127.0.0.1', 'refused'],
  ['IPv4-compatible, public (deprecated: refused anyway)', '::8.8.8.8', 'refused'],
  ['IPv4-compatible, as the URL parser writes it', '::7f00:1', 'refused'],
  ['IPv4-compatible ::0.0.0.1 is ::1', '::0.0.0.1', 'refused'],
  ['IPv4-mapped, private', '::ffff:10.0.0.1', 'refused'],
  ['IPv4-mapped, public', '::ffff:8.8.8.8', 'public'],
  ['IPv4-translated, loopback', '::ffff:0:7f00:1', 'refused'],
  ['IPv4-translated, public', '::ffff:0:808:808', 'public'],
  ['NAT64, loopback', '64:ff9b::7f00:1', 'refused'],
  ['NAT64, private', '64:ff9b::a00:1', 'refused'],
  ['NAT64, public 8.8.8.8', '64:ff9b::808:808', 'public'],
  ["NAT64 local-use (refused: where the IPv4 sits is the network's choice)", '64:ff9b:1::808:808', 'refused'],
  ['6to4, loopback', '2002:7f00:1::', 'refused'],
  ['6to4, link-local', '2002:a9fe:a9fe::1', 'refused'],
  ['6to4, public', '2002:808:808::1', 'public'],
  ['Teredo, client 127.0.0.1', '2001:0:4136:e378:8000:63bf:80ff:fffe', 'refused'],
  ['Teredo, server 10.0.0.1', '2001:0:a00:1:8000:63bf:f7f7:f7f7', 'refused'],
  ['Teredo, public server and client 8.8.8.8', '2001:0:4136:e378:8000:63bf:f7f7:f7f7', 'public'],
];

describe('the address guard judges an IPv6 address by the IPv4 address it embeds', () => {
  it.each(embedded)('%s: %s is %s', (_form, address, verdict) => {
    expect(privateRange(address) === undefined ? 'public' : 'refused').toBe(verdict);
  });

  it('a refusal names the embedded address and the form', () => {
    expect(privateRange('::127.0.0.1')).toBe('deprecated IPv4-compatible IPv6');
    expect(privateRange('::ffff:10.0.0.1')).toBe('private, IPv4-mapped 10.0.0.1');
    expect(privateRange('64:ff9b::7f00:1')).toBe('loopback, NAT64 of 127.0.0.1');
    expect(privateRange('2002:a9fe:a9fe::1')).toBe('linkLocal, 6to4 of 169.254.169.254');
    expect(privateRange('2001:0:4136:e378:8000:63bf:80ff:fffe')).toBe('loopback, Teredo client 127.0.0.1');
  });

  it('what stays as it was: plain addresses, the unspecified and loopback IPv6 addresses', () => {
    expect(privateRange('8.8.8.8')).toBeUndefined();
    expect(privateRange('2606:4700:4700::1111')).toBeUndefined();
    expect(privateRange('127.0.0.1')).toBe('loopback');
    expect(privateRange('::1')).toBe('loopback');
    expect(privateRange('::')).toBe('unspecified');
  });

  it('a URL host is judged as the URL parser rewrites it (https://[::127.0.0.1]/ is [::7f00:1])', async () => {
    const host = new URL('https://[::127.0.0.1]/hook').hostname;
    expect(host).toBe('[::7f00:1]');
    expect(await checkPublicHost(host)).toMatch(/deprecated IPv4-compatible/);
  });
});

const CreateKey = parse(`
  mutation PublicAddress_CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }
`) as TypedDocumentNode<{ createApiKey: { apiKey: { id: string } } }, { input: { name: string; capabilities: { read: boolean; write: boolean } } }>;
const CreateWebhook = parse(`
  mutation PublicAddress_CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }
`) as TypedDocumentNode<{ createWebhook: { webhook: { id: string } } }, { input: { apiKeyId: string; url: string; query: string } }>;

describe('createWebhook refuses targets that embed a private IPv4 address', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startServer();
  });
  afterAll(async () => {
    await strict?.stop();
  });

  it('every embedded form of 127.0.0.1 is BAD_USER_INPUT on input.url', async () => {
    const person = await strict.signUp('Guarded');
    const { createApiKey } = await person.gql(CreateKey, { input: { name: 'Guarded key', capabilities: { read: true, write: false } } });
    const targets = ['[::127.0.0.1]', '[::ffff:127.0.0.1]', '[::ffff:0:7f00:1]', '[64:ff9b::7f00:1]', '[2002:7f00:1::]', '[2001:0:4136:e378:8000:63bf:80ff:fffe]'];
    for (const target of targets) {
      const url = `https://${target}/hook`;
      const result = await person.request(CreateWebhook, { input: { apiKeyId: createApiKey.apiKey.id, url, query: 'subscription { changes { cursor } }' } });
      expect(errorCode(result), url).toBe('BAD_USER_INPUT');
      expect(result.body.errors?.[0]?.extensions?.field, url).toBe('input.url');
    }
  });
});
