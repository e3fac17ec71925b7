import type { Agent } from 'node:http';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { SocksProxyAgent } from 'socks-proxy-agent';
import type { ProxyRow } from './table.js';

/** The proxy's address with its credentials; built only where a connection is made, never logged. */
function proxyUrl(proxy: ProxyRow): string {
  const scheme = { HTTP: 'http', HTTPS: 'https', SOCKS5: 'socks5h' }[proxy.protocol];
  const credentials = proxy.username
    ? `${encodeURIComponent(proxy.username)}:${encodeURIComponent(proxy.password ?? '')}@`
    : '';
  const host = proxy.host.includes(':') ? `[${proxy.host}]` : proxy.host;
  return `${scheme}://${credentials}${host}:${proxy.port}`;
}

/**
 * An agent routing a request for `target` through the proxy. HTTP targets go as absolute-URI
 * requests, HTTPS targets through a CONNECT tunnel; SOCKS5 lets the proxy resolve names (socks5h).
 */
export function proxyAgentFor(proxy: ProxyRow, target: URL): Agent {
  const url = proxyUrl(proxy);
  if (proxy.protocol === 'SOCKS5') return new SocksProxyAgent(url);
  return target.protocol === 'https:' ? new HttpsProxyAgent(url) : new HttpProxyAgent(url);
}
