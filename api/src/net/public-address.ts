import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

/** Why an address may not be a webhook target, or undefined when it is a public unicast address. */
export function privateRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === 'unicast' ? undefined : range;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses loopback, private, link-local and other non-public
 * addresses after resolution, so a name cannot point inside (nor be re-pointed between check and
 * connect: this is the resolution the connection uses).
 */
export function publicOnlyLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as LookupAddress[];
    const refused = list.map((entry) => [entry.address, privateRange(entry.address)] as const).find(([, range]) => range !== undefined);
    if (refused) {
      const failure = Object.assign(new Error(`${hostname} resolves to ${refused[0]} (${refused[1]}): private networks are not webhook targets`), { code: 'EPRIVATE' });
      return callback(failure, []);
    }
    if ((options as { all?: boolean }).all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
}

/** Resolves `hostname` and says why it is not public, or undefined when every address is. */
export function checkPublicHost(hostname: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    publicOnlyLookup(hostname.replace(/^\[|\]$/g, ''), {}, (error) => resolve(error ? error.message : undefined));
  });
}
