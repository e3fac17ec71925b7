import { z } from 'zod';

const label = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const tld = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

export const generationParamsSchema = z
  .object({
    pattern: z.enum(['PREFIX', 'SUFFIX', 'BOTH']),
    constant: z
      .string()
      .trim()
      .toLowerCase()
      .max(50, 'must be at most 50 characters')
      .refine((value) => value === '' || label.test(value), 'may hold a-z, 0-9 and inner hyphens only')
      .default(''),
    characterSet: z
      .string()
      .toLowerCase()
      .refine((value) => /^[a-z0-9]*$/.test(value), 'may hold a-z and 0-9 only')
      .transform((value) => [...new Set(value)].join('')),
    minLength: z.number().int().min(1, 'must be at least 1').max(20, 'must be at most 20'),
    maxLength: z.number().int().min(1, 'must be at least 1').max(20, 'must be at most 20'),
    tlds: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .transform((value) => value.replace(/^\./, ''))
          .refine((value) => tld.test(value), 'must be a TLD such as com or co.uk'),
      )
      .min(1, 'needs at least one TLD')
      .max(50, 'allows at most 50 TLDs')
      .transform((values) => [...new Set(values)]),
    maxDomains: z.number().int().min(1, 'must be at least 1').optional(),
  })
  .superRefine((params, ctx) => {
    if (params.maxLength < params.minLength) {
      ctx.addIssue({ code: 'custom', path: ['maxLength'], message: `must be at least minLength (${params.minLength})` });
    }
    const longest = params.constant.length + (params.pattern === 'BOTH' ? 2 : 1) * params.maxLength;
    if (longest > 63) {
      ctx.addIssue({ code: 'custom', path: ['maxLength'], message: `makes labels of ${longest} characters; a DNS label has at most 63` });
    }
  });

export const dnsParamsSchema = z.object({ recordType: z.enum(['A', 'AAAA']).default('A') });

export const httpParamsSchema = z.object({
  scheme: z.enum(['HTTP', 'HTTPS']).default('HTTP'),
  port: z.number().int().min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535').optional(),
  path: z
    .string()
    .default('/')
    .refine((value) => value.startsWith('/') && !/[\s#]/.test(value), 'must start with / and hold no spaces or #'),
  concurrency: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(10),
});

export type GenerationParams = z.output<typeof generationParamsSchema>;
export type DnsParams = z.output<typeof dnsParamsSchema>;
export type HttpParams = z.output<typeof httpParamsSchema>;

export type CampaignParams =
  | ({ kind: 'DOMAIN_GENERATION' } & GenerationParams)
  | ({ kind: 'DNS_VALIDATION' } & DnsParams)
  | ({ kind: 'HTTP_KEYWORD_VALIDATION' } & HttpParams);
