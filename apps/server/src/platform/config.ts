import path from 'node:path';

/**
 * Configuration from the environment. Everything has a safe default so that
 * `npm start` on a fresh machine needs no setup at all.
 */
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.YIFA_DATA_DIR ?? 'data');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 3000),
    dataDir,
    databaseUrl: env.DATABASE_URL?.trim() || null,
    webDist: path.resolve(env.YIFA_WEB_DIST ?? path.join(import.meta.dirname, '../../../web/dist')),
    isProduction: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
