/**
 * The demo lab's small internet, written as rules a person (and a test) can check by hand.
 *
 * Names: `<v>shop.com` and `<v>shop.net`, v one or two letters a-z, resolve (A 127.0.0.1) when v
 * ends in a vowel: 270 names, 194 of them among the 1,000 the demo's "Short shop names" generates.
 * Every other name is NXDOMAIN (UNRESOLVED). Each resolving name's site answers by that vowel:
 *   a  a storefront: "Add to cart" and $19.99, both "Shop signals" rules
 *   e  a price list, sold out: $4.50, the price rule only
 *   i  a parked page: "This domain is for sale", "parked free", both "Parked domains" rules
 *   o  503, back soon: no rule
 *   u  / redirects to /store, a storefront
 */

const SHOP = /^([a-z]{1,2})shop\.(?:com|net)$/;
const VOWELS = 'aeiou';
export const LAB_ADDRESS = '127.0.0.1';

/** How many names resolve in the lab: (5 + 26 * 5) variable parts, times two TLDs. */
export const RESOLVING_NAMES = (VOWELS.length + 26 * VOWELS.length) * 2;

function vowelOf(name: string): string | undefined {
  const variable = SHOP.exec(name)?.[1];
  const last = variable?.at(-1);
  return last && VOWELS.includes(last) ? last : undefined;
}

/** The A records of a name (lower case, no trailing dot), or undefined for NXDOMAIN. */
export function addressesOf(name: string): string[] | undefined {
  return vowelOf(name) ? [LAB_ADDRESS] : undefined;
}

export interface LabPage {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

const page = (title: string, content: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${content}<footer>Served by the Pulsegraph demo lab on this machine.</footer></body></html>`;

const storefront = (host: string): LabPage => ({
  status: 200,
  body: page(host, '<p>Hand-made mugs, $19.99 each.</p><button>Add to cart</button>'),
});

/** What the lab's site answers for `path` on `host` (the Host header, without its port). */
export function pageFor(host: string, path: string): LabPage {
  const vowel = vowelOf(host);
  if (!vowel) {
    return { status: 404, body: page('Not in the lab', `<p>${RESOLVING_NAMES} names such as ashop.com live here; ${host || 'this host'} is not one of them.</p>`) };
  }
  if (path === '/store' && vowel === 'u') return storefront(host);
  if (path !== '/') return { status: 404, body: page('Not found', `<p>${host} has no page at ${path}.</p>`) };
  switch (vowel) {
    case 'a':
      return storefront(host);
    case 'e':
      return { status: 200, body: page(host, '<p>Price list: tea towels $4.50, aprons $12.00. Sold out until spring.</p>') };
    case 'i':
      return { status: 200, body: page(host, '<p>This domain is for sale. Parked free, courtesy of the lab.</p>') };
    case 'o':
      return { status: 503, body: page('Back soon', '<p>We are restocking the shelves.</p>') };
    default:
      return { status: 302, body: '', headers: { location: '/store' } };
  }
}

/**
 * How long the lab waits before an answer, 150-350 ms, the same for a name every time: slow
 * enough that the demo chain runs for about 40 s, uneven enough that its throughput chart moves.
 */
export function paceMs(key: string): number {
  let hash = 0;
  for (let index = 0; index < key.length; index++) hash = (hash * 31 + key.charCodeAt(index)) >>> 0;
  return 150 + (hash % 201);
}
