import { isIP } from 'node:net';
import { z } from 'zod';

/** `IP` or `IP:port` (`[IPv6]:port`), as node's DNS resolver accepts. */
function isResolverAddress(value: string): boolean {
  if (isIP(value)) return true;
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value);
  if (!match) return false;
  const host = match[1] ?? match[2]!;
  const port = Number(match[3]);
  return isIP(host) !== 0 && port >= 1 && port <= 65535;
}

export const dnsConfigSchema = z.object({
  resolvers: z
    .array(z.string().trim().refine(isResolverAddress, 'must be an IP address, optionally with :port'))
    .min(1, 'needs at least one resolver')
    .max(16, 'allows at most 16 resolvers'),
  timeoutMs: z.number().int().min(100, 'must be at least 100').max(60_000, 'must be at most 60000').default(2000),
  concurrency: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(20),
  retries: z.number().int().min(0, 'must be at least 0').max(5, 'must be at most 5').default(1),
});

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export const httpConfigSchema = z.object({
  userAgent: z.string().trim().min(1, 'must not be empty').max(512).default('Pulsegraph/1.0'),
  headers: z
    .array(
      z.object({
        name: z.string().regex(headerName, 'must be an HTTP header name'),
        value: z.string().max(4096).refine((v) => !/[\r\n]/.test(v), 'must not contain line breaks'),
      }),
    )
    .max(50)
    .default([]),
  timeoutMs: z.number().int().min(100, 'must be at least 100').max(120_000, 'must be at most 120000').default(10_000),
  followRedirects: z.boolean().default(true),
  maxRedirects: z.number().int().min(0, 'must be at least 0').max(20, 'must be at most 20').default(5),
});

export type DnsConfig = z.output<typeof dnsConfigSchema>;
export type HttpConfig = z.output<typeof httpConfigSchema>;
export type PersonaConfig = ({ kind: 'DNS' } & DnsConfig) | ({ kind: 'HTTP' } & HttpConfig);
