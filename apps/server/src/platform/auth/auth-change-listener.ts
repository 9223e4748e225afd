import pg from 'pg';

/**
 * The channel on which PostgreSQL announces a committed change to what a session's auth context is
 * made of: users, roles, role grants, orgs (a county's townships), a session ended or its second
 * factor given. Statement triggers send it (migration 0011, hand-written part), so a change made by
 * ANY process — another app process, the command line, a restore — reaches every process, and only
 * once it is committed (a notification inside a transaction is delivered at commit).
 */
export const AUTH_CHANGED_CHANNEL = 'yifa_auth_changed';

export interface AuthChangeListener {
  stop(): Promise<void>;
}

export interface ListenOptions {
  log?: (message: string, error?: unknown) => void;
  /** Wait before reconnecting after the connection is lost (default 1 s). */
  retryMs?: number;
}

/**
 * Keeps one connection LISTENing (outside the pool: a pooled client would be handed to queries) and
 * calls `onChange` for every notification. A lost connection may have missed notifications, so
 * `onChange` is called then too, and again on reconnecting; meanwhile the cache's TTL is the bound
 * (adr/0007).
 */
export function listenForAuthChanges(databaseUrl: string, onChange: () => void, options: ListenOptions = {}): Promise<AuthChangeListener> {
  return listenForChanges(databaseUrl, { [AUTH_CHANGED_CHANNEL]: onChange }, options);
}

/**
 * The same on several channels over one connection (one idle backend, not one per cache): the
 * handler of a channel is called for each of its notifications, and every handler when the
 * connection is made again (whatever was missed meanwhile). The calendar shown by lists announces
 * itself here too (calendar/repository.ts CALENDAR_CHANGED_CHANNEL).
 */
export async function listenForChanges(
  databaseUrl: string,
  handlers: Record<string, () => void>,
  options: ListenOptions = {},
): Promise<AuthChangeListener> {
  const onChange = () => Object.values(handlers).forEach((handler) => handler());
  const log = options.log ?? ((message: string, error?: unknown) => console.error(`[依法] ${message}`, error ?? ''));
  const retryMs = options.retryMs ?? 1000;
  let client: pg.Client | null = null;
  let isStopped = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: databaseUrl, application_name: 'yifa-auth-listen' });
    c.on('notification', (message) => handlers[message.channel]?.());
    c.on('error', (error) => lost(c, error));
    c.on('end', () => lost(c));
    await c.connect();
    for (const channel of Object.keys(handlers)) await c.query(`listen ${channel}`);
    client = c;
    onChange();
  };
  const lost = (c: pg.Client, error?: unknown) => {
    if (client !== c || isStopped) return;
    client = null;
    onChange();
    log('变更通知连接中断，稍后重连', error);
    c.end().catch(() => undefined);
    scheduleRetry();
  };
  const scheduleRetry = () => {
    if (isStopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error: unknown) => {
        log('变更通知连接失败，稍后重连', error);
        scheduleRetry();
      });
    }, retryMs);
    retry.unref();
  };

  await connect();
  return {
    async stop() {
      isStopped = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
