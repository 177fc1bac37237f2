import path from 'node:path';
import { z } from 'zod';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Every key has a default that serves the embedded mode: `npm start` needs no environment at all. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  BRISK_REDIS_PREFIX: z.string().max(64).default('brisk:'),
  BRISK_CACHE: z.enum(['on', 'off']).default('on'),
  CACHE_L1_MAX_BYTES: z.coerce.number().int().min(0).default(64 * 1024 * 1024),
  CACHE_L2_TTL_SECONDS: z.coerce.number().int().min(1).default(600),
  CACHE_DEGRADED_L1_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  CACHE_BUS_ACK_TIMEOUT_MS: z.coerce.number().int().min(1).max(10_000).default(250),
  METRICS_TOKEN: z.string().min(16).optional(),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
  BRISK_DATA_DIR: z.string().min(1).default('./data'),
  BRISK_WEB_DIR: z.string().min(1).optional(),
  BRISK_SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: flag.default(false),
});

export type Config = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}

/** Fails fast, naming every bad key at once. */
export function loadConfig(env: NodeJS.ProcessEnv, defaultWebDir: string) {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = result.data;
  return {
    port: values.PORT,
    host: values.HOST,
    redis: { url: values.REDIS_URL, prefix: values.BRISK_REDIS_PREFIX },
    cache: {
      enabled: values.BRISK_CACHE === 'on',
      l1MaxBytes: values.CACHE_L1_MAX_BYTES,
      l2TtlMs: values.CACHE_L2_TTL_SECONDS * 1000,
      degradedL1TtlMs: values.CACHE_DEGRADED_L1_TTL_MS,
      busAckTimeoutMs: values.CACHE_BUS_ACK_TIMEOUT_MS,
    },
    metricsToken: values.METRICS_TOKEN,
    authRateLimitPerMinute: values.AUTH_RATE_LIMIT_PER_MINUTE,
    webDir: path.resolve(values.BRISK_WEB_DIR ?? defaultWebDir),
    seedDemo: values.BRISK_SEED_DEMO,
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
    db: {
      databaseUrl: values.DATABASE_URL,
      dataDir: path.resolve(values.BRISK_DATA_DIR),
      poolSize: values.DB_POOL_SIZE,
      statementTimeoutMs: values.DB_STATEMENT_TIMEOUT_MS,
    },
  };
}
