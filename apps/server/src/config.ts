import path from 'node:path';
import { z } from 'zod';

/**
 * The server's configuration: the ONLY place server code reads the environment (README,
 * "Configuration", documents every variable below; config.test.ts holds both to it). Everything has
 * a safe default so that `npm start` on a fresh machine needs no setup; a value that is set but
 * wrong stops the start with a message naming the variable, instead of a surprise later.
 */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `须为 ${min}–${max} 的整数`)
    .transform(Number)
    .pipe(z.number().min(min, `须为 ${min}–${max} 的整数`).max(max, `须为 ${min}–${max} 的整数`));

const switchOf = (on: string, off: string) => z.enum([on, off], `须为 ${on} 或 ${off}`).transform((v) => v === on);

/** Every environment variable the server reads, with its rule. Unset (or empty) means the default. */
export const ENV_SCHEMA = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: integer(1, 65535).default(3000),
  YIFA_DATA_DIR: z.string().default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, '须以 postgres:// 或 postgresql:// 开头')
    .optional(),
  YIFA_WEB_DIST: z.string().optional(),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, `须为 ${LOG_LEVELS.join('、')} 之一`).default('info'),
  YIFA_DB_POOL: integer(1, 200).default(10),
  YIFA_AUTH_CACHE_MS: integer(0, 60_000).default(1000),
  YIFA_TRUST_PROXY: switchOf('1', '0').default(false),
  YIFA_JOBS: switchOf('on', 'off').default(true),
  YIFA_ADMIN_PASSWORD: z.string().optional(),
  YIFA_SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, '须为 32 字节密钥的 base64 编码（openssl rand -base64 32）')
    .optional(),
});

export interface Config {
  host: string;
  port: number;
  /** Where the embedded PostgreSQL, attachments and the secret key live. */
  dataDir: string;
  /** An external PostgreSQL (15+) instead of the embedded one. */
  databaseUrl: string | null;
  /** Serve the built web app from this folder, when it exists. */
  webDist: string;
  isProduction: boolean;
  logLevel: string;
}

/** What only the start (main.ts) needs besides the app's Config. */
export interface StartConfig extends Config {
  /** Connections in the app's pool. */
  dbPoolSize: number;
  /** How long a session's roles are cached (any audited write clears the cache). */
  authCacheMs: number;
  /** Behind a reverse proxy: client addresses (audit log, rate limits) from X-Forwarded-For. */
  isBehindProxy: boolean;
  /** Background jobs (the nightly deadline scan); off for a second process on the same database. */
  isJobsEnabled: boolean;
  /** The first system administrator's initial password (scripted installs, tests); random when null. */
  adminPassword: string | null;
  /** The personal-data key (base64, 32 bytes) when it is not kept in the data folder. */
  secretKey: string | null;
}

/** A variable set to a value the server cannot use; the message is for the person who set it. */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): StartConfig {
  // An empty value (`PORT=` in a unit file) means "not set", as for the shell. A password is taken as typed.
  const given = Object.fromEntries(
    Object.keys(ENV_SCHEMA.shape).map((name) => {
      const raw = env[name];
      if (raw === undefined || raw.trim() === '') return [name, undefined];
      return [name, name === 'YIFA_ADMIN_PASSWORD' ? raw : raw.trim()];
    }),
  );
  const parsed = ENV_SCHEMA.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}=${JSON.stringify(env[name] ?? '')}：${issue.message}`;
    });
    throw new ConfigError(`环境变量取值无效，未启动：\n${lines.join('\n')}\n（各变量的含义与取值见 README「配置」一节）`);
  }
  const v = parsed.data;
  return {
    host: v.HOST,
    port: v.PORT,
    dataDir: path.resolve(v.YIFA_DATA_DIR),
    databaseUrl: v.DATABASE_URL ?? null,
    // The built web app; from the compiled server too (the build keeps import.meta.dirname pointing here).
    webDist: path.resolve(v.YIFA_WEB_DIST ?? path.join(import.meta.dirname, '../../web/dist')),
    isProduction: v.NODE_ENV === 'production',
    logLevel: v.LOG_LEVEL,
    dbPoolSize: v.YIFA_DB_POOL,
    authCacheMs: v.YIFA_AUTH_CACHE_MS,
    isBehindProxy: v.YIFA_TRUST_PROXY,
    isJobsEnabled: v.YIFA_JOBS,
    adminPassword: v.YIFA_ADMIN_PASSWORD ?? null,
    secretKey: v.YIFA_SECRET_KEY ?? null,
  };
}
