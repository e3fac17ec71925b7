import { z } from 'zod';

export type DatabaseConfig =
  | { dialect: 'sqlite'; filename: string }
  | { dialect: 'postgres'; connectionString: string; schema?: string };

const integer = (name: string, min: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number >= ${min}, got "${value}"` });
        return z.NEVER;
      }
      return parsed;
    });

const environment = z.object({
  PORT: integer('PORT', 0, 4000),
  HOST: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  REDIS_URL: z.string().optional(),
  REDIS_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'REDIS_NAMESPACE must be 1-64 letters, digits, dots, dashes or underscores')
    .optional(),
  SEED_DEMO: z.enum(['0', '1']).optional(),
  DEMO_LAB_PORT: integer('DEMO_LAB_PORT', 0, 0).refine((port) => !(port > 65_535), 'DEMO_LAB_PORT must be a port, at most 65535'),
  SIGNUP: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(['open', 'invite', 'closed'], { message: 'SIGNUP must be open, invite or closed' }).optional(),
  ),
  RATE_LIMIT_POINTS: integer('RATE_LIMIT_POINTS', 1, 120),
  RATE_LIMIT_WINDOW_SECONDS: integer('RATE_LIMIT_WINDOW_SECONDS', 1, 60),
  RATE_LIMIT_RESUME_POINTS: integer('RATE_LIMIT_RESUME_POINTS', 1, 20_000),
  API_KEY_RATE_LIMIT_POINTS: integer('API_KEY_RATE_LIMIT_POINTS', 1, 600),
  API_KEY_DELIVERY_POINTS: integer('API_KEY_DELIVERY_POINTS', 1, 100_000),
  MAX_BODY_BYTES: integer('MAX_BODY_BYTES', 1024, 1_000_000),
  MAX_QUERY_DEPTH: integer('MAX_QUERY_DEPTH', 2, 12),
  MAX_QUERY_TOKENS: integer('MAX_QUERY_TOKENS', 50, 2000),
  MAX_QUERY_COST: integer('MAX_QUERY_COST', 10, 20_000),
  MAX_PAGE_ITEMS: integer('MAX_PAGE_ITEMS', 1, 500),
  MAX_SOCKET_BUFFER_BYTES: integer('MAX_SOCKET_BUFFER_BYTES', 1024, 1_048_576),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: integer('MAX_SUBSCRIPTIONS_PER_CONNECTION', 1, 100),
  SESSION_TTL_SECONDS: integer('SESSION_TTL_SECONDS', 1, 30 * 24 * 3600),
  MAX_GENERATED_DOMAINS: integer('MAX_GENERATED_DOMAINS', 1, 100_000),
  PROXY_CHECK_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value), 'PROXY_CHECK_URL must be an http:// or https:// URL'),
  PROXY_CHECK_TIMEOUT_MS: integer('PROXY_CHECK_TIMEOUT_MS', 100, 5000),
  PROXY_LATENCY_CHANGE_MS: integer('PROXY_LATENCY_CHANGE_MS', 1, 250),
  PRESENCE_GRACE_MS: integer('PRESENCE_GRACE_MS', 0, 5000),
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.enum(['0', '1']).optional(),
  WEBHOOK_TIMEOUT_MS: integer('WEBHOOK_TIMEOUT_MS', 100, 10_000),
  WEBHOOK_DISABLE_AFTER_SECONDS: integer('WEBHOOK_DISABLE_AFTER_SECONDS', 1, 24 * 3600),
  WEBHOOK_DELIVERY_LOG_SIZE: integer('WEBHOOK_DELIVERY_LOG_SIZE', 1, 1000),
  STREAM_HEALTH_INTERVAL_MS: integer('STREAM_HEALTH_INTERVAL_MS', 100, 1000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  redisUrl?: string;
  /** What this deployment's Redis channels and keys start with: deployments sharing a Redis set their own. */
  redisNamespace: string;
  /** undefined = decide on start: seed when the embedded database is empty. */
  seedDemo?: boolean;
  /**
   * A demo workspace's lab: DNS (UDP) and sites (HTTP) on 127.0.0.1 at `port`. 0: the port the demo
   * personas already use when it is free, else any free port (modules/demoLab).
   */
  demoLab: { port: number };
  /**
   * Who may sign up: `open` anyone, `invite` only with an ADMIN's invitation, `closed` nobody.
   * undefined = the default: `open` on a demo workspace, `invite` elsewhere (members/service.ts).
   */
  signUp?: SignUpPolicy;
  /** How often each instance reports its push figures to ADMINs' stream-health page. */
  streamHealthIntervalMs: number;
  /**
   * Per window: `points` per session token (or address), `resumePoints` for reconnects and resumes,
   * `apiKeyPoints` per API key, and `apiKeyDeliveryPoints`, the changes one API key's streams receive.
   */
  rateLimit: { points: number; windowSeconds: number; resumePoints: number; apiKeyPoints: number; apiKeyDeliveryPoints: number };
  limits: {
    maxBodyBytes: number;
    maxQueryDepth: number;
    maxQueryTokens: number;
    /** What a document may make the server resolve: its fields, fragments expanded, a list's selection counted 10 times. */
    maxQueryCost: number;
    /** How many items an operation's pages may hold in all (each page's `first` or `last`, times the pages it is in). */
    maxPageItems: number;
    /** Unsent bytes one socket (WebSocket or SSE) may hold before it is cut loose as a slow consumer. */
    maxSocketBufferBytes: number;
    maxSubscriptionsPerConnection: number;
  };
  sessionTtlSeconds: number;
  campaigns: { maxGeneratedDomains: number };
  proxyHealth: { targetUrl: string; timeoutMs: number; latencyChangeMs: number };
  /** How long a user stays online after their last socket closes, so a reconnect does not flicker. */
  presenceGraceMs: number;
  /**
   * `allowPrivateNetworks`: loopback, private and link-local targets (and plain http) allowed;
   * `timeoutMs` per delivery; `disableAfterSeconds` of failing before an endpoint is disabled.
   */
  /** `deliveryLogSize`: the attempts each endpoint's delivery log keeps (the newest; older go at retention). */
  webhooks: { allowPrivateNetworks: boolean; timeoutMs: number; disableAfterSeconds: number; deliveryLogSize: number };
  logLevel: string;
  /** Directory with the built web app; served at `/` when present. */
  webDist?: string;
}

export type SignUpPolicy = 'open' | 'invite' | 'closed';

export class ConfigError extends Error {}

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url === ':memory:') return { dialect: 'sqlite', filename: ':memory:' };
  if (url.startsWith('file:')) {
    const filename = url.slice('file:'.length);
    if (!filename) throw new ConfigError('DATABASE_URL "file:" needs a path, e.g. file:./data/pulsegraph.db');
    return { dialect: 'sqlite', filename };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return { dialect: 'postgres', connectionString: url };
  }
  throw new ConfigError(
    `DATABASE_URL "${url}" has an unknown scheme: use file:PATH, :memory: or postgres://user@host/db`,
  );
}

/** A demo workspace is seeded when empty, and its sign-in page offers the demo accounts. */
export function isDemoWorkspace(config: Pick<Config, 'seedDemo' | 'database'>): boolean {
  return config.seedDemo ?? config.database.dialect === 'sqlite';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST ?? '0.0.0.0',
    database: parseDatabaseUrl(values.DATABASE_URL ?? 'file:./data/pulsegraph.db'),
    redisUrl: values.REDIS_URL || undefined,
    redisNamespace: values.REDIS_NAMESPACE ?? 'pulsegraph',
    seedDemo: values.SEED_DEMO === undefined ? undefined : values.SEED_DEMO === '1',
    demoLab: { port: values.DEMO_LAB_PORT },
    signUp: values.SIGNUP,
    rateLimit: {
      points: values.RATE_LIMIT_POINTS,
      windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS,
      resumePoints: values.RATE_LIMIT_RESUME_POINTS,
      apiKeyPoints: values.API_KEY_RATE_LIMIT_POINTS,
      apiKeyDeliveryPoints: values.API_KEY_DELIVERY_POINTS,
    },
    limits: {
      maxBodyBytes: values.MAX_BODY_BYTES,
      maxQueryDepth: values.MAX_QUERY_DEPTH,
      maxQueryTokens: values.MAX_QUERY_TOKENS,
      maxQueryCost: values.MAX_QUERY_COST,
      maxPageItems: values.MAX_PAGE_ITEMS,
      maxSocketBufferBytes: values.MAX_SOCKET_BUFFER_BYTES,
      maxSubscriptionsPerConnection: values.MAX_SUBSCRIPTIONS_PER_CONNECTION,
    },
    sessionTtlSeconds: values.SESSION_TTL_SECONDS,
    campaigns: { maxGeneratedDomains: values.MAX_GENERATED_DOMAINS },
    proxyHealth: {
      targetUrl: values.PROXY_CHECK_URL ?? 'http://connectivitycheck.gstatic.com/generate_204',
      timeoutMs: values.PROXY_CHECK_TIMEOUT_MS,
      latencyChangeMs: values.PROXY_LATENCY_CHANGE_MS,
    },
    presenceGraceMs: values.PRESENCE_GRACE_MS,
    streamHealthIntervalMs: values.STREAM_HEALTH_INTERVAL_MS,
    webhooks: {
      allowPrivateNetworks: values.WEBHOOK_ALLOW_PRIVATE_NETWORKS === '1',
      timeoutMs: values.WEBHOOK_TIMEOUT_MS,
      disableAfterSeconds: values.WEBHOOK_DISABLE_AFTER_SECONDS,
      deliveryLogSize: values.WEBHOOK_DELIVERY_LOG_SIZE,
    },
    logLevel: values.LOG_LEVEL ?? 'info',
  };
}
