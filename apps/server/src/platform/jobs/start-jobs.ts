import type { AppContext } from '../http/app-context.ts';

/** Background jobs (pg-boss). The nightly deadline scan registers here. */
export interface Jobs {
  stop(): Promise<void>;
}

export async function startJobs(_ctx: AppContext, _databaseUrl: string): Promise<Jobs> {
  return { stop: async () => {} };
}
