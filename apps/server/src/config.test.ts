import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ENV_SCHEMA, loadConfig } from './config.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('loadConfig', () => {
  it('has a safe default for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      dataDir: path.resolve('data'),
      databaseUrl: null,
      isProduction: false,
      logLevel: 'info',
      dbPoolSize: 10,
      authCacheMs: 1000,
      isBehindProxy: false,
      isJobsEnabled: true,
      adminPassword: null,
      secretKey: null,
    });
    expect(config.webDist).toBe(path.join(ROOT, 'apps/web/dist'));
  });

  it('reads the documented values; an empty value is unset; a password is kept as typed', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({
      PORT: ' 8080 ',
      DATABASE_URL: 'postgresql://yifa@db/yifa',
      YIFA_TRUST_PROXY: '1',
      YIFA_JOBS: 'off',
      YIFA_DB_POOL: '',
      YIFA_ADMIN_PASSWORD: ' Pass word-1 ',
      YIFA_SECRET_KEY: key,
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://yifa@db/yifa',
      isBehindProxy: true,
      isJobsEnabled: false,
      dbPoolSize: 10,
      adminPassword: ' Pass word-1 ',
      secretKey: key,
      isProduction: true,
    });
  });

  it('refuses a bad value with a Chinese message naming each variable', () => {
    const load = () =>
      loadConfig({ PORT: '80a', YIFA_JOBS: 'no', YIFA_SECRET_KEY: 'c2hvcnQ=', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(load).toThrow(ConfigError);
    const message = (() => {
      try {
        load();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('PORT="80a"：须为 1–65535 的整数');
    expect(message).toContain('YIFA_JOBS="no"：须为 on 或 off');
    expect(message).toContain('YIFA_SECRET_KEY="c2hvcnQ="：须为 32 字节密钥的 base64 编码');
    expect(message).toContain('DATABASE_URL="mysql://x"：须以 postgres:// 或 postgresql:// 开头');
    expect(message).toContain('LOG_LEVEL="loud"');
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000"/);
  });

  it('documents every variable in the README configuration table', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## 配置 / Configuration'));
    for (const name of Object.keys(ENV_SCHEMA.shape)) expect(table, name).toMatch(new RegExp(`^\\|[^\\n]*\`${name}\``, 'm'));
  });

  it('is the only server code that reads the environment', () => {
    const readers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !file.includes(`${path.sep}test${path.sep}`)) {
          // Passing the environment on to a child process (`...process.env`) is not reading it.
          const reads = fs.readFileSync(file, 'utf8').match(/process\.env(?!,| })/g);
          if (reads) readers.push(path.relative(ROOT, file));
        }
      }
    };
    walk(path.join(ROOT, 'apps/server/src'));
    expect(readers).toEqual(['apps/server/src/config.ts']);
  });
});
