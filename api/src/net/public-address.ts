import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');
const NAT64_LOCAL_USE = ipaddr.IPv6.parseCIDR('64:ff9b:1::/48');

/**
 * Why an address may not be a webhook target, or undefined when it is a public unicast address.
 * An IPv6 address that embeds an IPv4 address (mapped, translated, NAT64, 6to4, Teredo) is judged
 * by the IPv4 address it reaches; IPv4-compatible (deprecated) and NAT64 local-use are refused.
 */
export function privateRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  // ipaddr.js reads the text "::a.b.c.d" as "::ffff:a.b.c.d"; the address it spells is ::a.b.c.d.
  const parsed = ipaddr.parse(address.replace(/^::(?=[^:]+\.)/, '::0:'));
  return parsed.kind() === 'ipv4' ? ipv4Range(parsed as ipaddr.IPv4) : ipv6Range(parsed as ipaddr.IPv6);
}

function ipv4Range(address: ipaddr.IPv4): string | undefined {
  const range = address.range();
  return range === 'unicast' ? undefined : range;
}

/** The IPv4 address in two 16-bit groups of an IPv6 address. */
function ipv4Of(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function embedded(form: string, address: ipaddr.IPv4): string | undefined {
  const range = ipv4Range(address);
  return range === undefined ? undefined : `${range}, ${form} ${address.toString()}`;
}

function ipv6Range(address: ipaddr.IPv6): string | undefined {
  const range = address.range();
  const parts = address.parts as [number, number, number, number, number, number, number, number];
  switch (range) {
    case 'ipv4Mapped':
      return embedded('IPv4-mapped', ipv4Of(parts[6], parts[7]));
    case 'rfc6145':
      return embedded('IPv4-translated', ipv4Of(parts[6], parts[7]));
    case '6to4':
      return embedded('6to4 of', ipv4Of(parts[1], parts[2]));
    case 'teredo':
      // The client's address (inverted) is where a relay sends the packets; the server's is contacted too.
      return embedded('Teredo server', ipv4Of(parts[2], parts[3])) ?? embedded('Teredo client', ipv4Of(parts[6] ^ 0xffff, parts[7] ^ 0xffff));
    case 'rfc6052':
      if (address.match(NAT64_WELL_KNOWN)) return embedded('NAT64 of', ipv4Of(parts[6], parts[7]));
      // Where the IPv4 address sits depends on the network's own prefix length, and the translator is local.
      if (address.match(NAT64_LOCAL_USE)) return 'NAT64 local-use prefix (64:ff9b:1::/48)';
      return range;
    case 'unicast':
      return address.match(IPV4_COMPATIBLE) ? 'deprecated IPv4-compatible IPv6' : undefined;
    default:
      return range;
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The setting a refusal names, so a person trying webhooks on a development machine knows the way. */
export const PRIVATE_NETWORKS_SETTING = 'WEBHOOK_ALLOW_PRIVATE_NETWORKS=1';
const LOCAL_RECEIVER_HINT = `to deliver to a receiver on this machine or your own network (development), start the server with ${PRIVATE_NETWORKS_SETTING}`;

/** Why `hostname` could not be resolved, in words a person can act on (not getaddrinfo's ENOTFOUND). */
export function unresolvedHostMessage(hostname: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'ENODATA':
      return `${hostname} does not resolve: DNS has no address for that name (check its spelling)`;
    case 'EAI_AGAIN':
    case 'ETIMEOUT':
      return `${hostname} could not be resolved just now: the DNS server did not answer (try again)`;
    default:
      return `${hostname} could not be resolved (${error.code ?? error.message})`;
  }
}

/**
 * A failed connection to a webhook target in words: the resolution failure, the refusal of a private
 * address (which names the setting), a receiver not listening; anything else as Node says it.
 */
export function connectionErrorMessage(url: URL, error: NodeJS.ErrnoException): string {
  if (error.code === 'EPRIVATE') return error.message;
  if ((error as { syscall?: string }).syscall === 'getaddrinfo') return unresolvedHostMessage(url.hostname, error);
  if (error.code === 'ECONNREFUSED') return `${url.host} refused the connection: nothing is listening there (is the receiver running?)`;
  if (error.code === 'ECONNRESET') return `${url.host} closed the connection before answering`;
  if (error.code === 'EHOSTUNREACH' || error.code === 'ENETUNREACH') return `${url.host} cannot be reached from the server (${error.code})`;
  return error.message;
}

/**
 * A `lookup` for http.request that refuses loopback, private, link-local and other non-public
 * addresses after resolution, so a name cannot point inside (nor be re-pointed between check and
 * connect: this is the resolution the connection uses).
 */
export function publicOnlyLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(Object.assign(error, { message: unresolvedHostMessage(hostname, error) }), []);
    const list = addresses as LookupAddress[];
    const refused = list.map((entry) => [entry.address, privateRange(entry.address)] as const).find(([, range]) => range !== undefined);
    if (refused) {
      const failure = Object.assign(new Error(`${hostname} resolves to ${refused[0]} (${refused[1]}): private networks are not webhook targets; ${LOCAL_RECEIVER_HINT}`), {
        code: 'EPRIVATE',
      });
      return callback(failure, []);
    }
    if ((options as { all?: boolean }).all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
}

/** Resolves `hostname` and says why it is not public (or does not resolve), or undefined when every address is public. */
export function checkPublicHost(hostname: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    publicOnlyLookup(hostname.replace(/^\[|\]$/g, ''), {}, (error) => resolve(error ? error.message : undefined));
  });
}

/** Where private networks are allowed: why `hostname` does not resolve, or undefined when it does (or DNS did not answer now). */
export function checkResolves(hostname: string): Promise<string | undefined> {
  const name = hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    dnsLookup(name, { all: true }, (error) => resolve(error && (error.code === 'ENOTFOUND' || error.code === 'ENODATA') ? unresolvedHostMessage(name, error) : undefined));
  });
}

/** Why a plain http:// target is refused, with the way to allow it on a development machine. */
export const PLAIN_HTTP_REFUSAL = `must be an https:// URL; ${LOCAL_RECEIVER_HINT} (it allows http:// too)`;
