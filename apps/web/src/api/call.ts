import type { BodyInput, ParamsInput, QueryInput, ResponseOf, RouteContract } from '@yifa/domain';
import { apiRequest, type QueryValue, type RequestOptions } from './client.ts';
import { downloadFile } from './download.ts';

/** A part the caller may leave out: an absent schema, or one whose fields are all optional. */
type Part<K extends string, T> = undefined extends T ? { [P in K]?: T } : Partial<T> extends T ? { [P in K]?: T } : { [P in K]: T };

/** What `call` takes for a contract: exactly the parts it declares, typed from its schemas. */
export type CallInput<C extends RouteContract> = Part<'params', ParamsInput<C>> & Part<'query', QueryInput<C>> & Part<'body', BodyInput<C>>;

/** The contract's path with its `:name` parts filled in (each encoded). */
export function pathOf(contract: RouteContract, params: Record<string, unknown> | undefined): string {
  return contract.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new Error(`${contract.path}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * Calls one route through its contract (packages/domain `<module>/api.ts`): the path, method, body
 * and answer are typed from the same schemas the server validates with, so a renamed field or a
 * changed answer fails the web's typecheck instead of a clerk's afternoon.
 */
export function call<C extends RouteContract>(
  contract: C,
  ...[input, options]: Partial<CallInput<C>> extends CallInput<C>
    ? [input?: CallInput<C>, options?: Omit<RequestOptions, 'body' | 'query'>]
    : [input: CallInput<C>, options?: Omit<RequestOptions, 'body' | 'query'>]
): Promise<ResponseOf<C>> {
  const i = (input ?? {}) as { params?: Record<string, unknown>; query?: Record<string, QueryValue>; body?: unknown };
  const body = i.body ?? (contract.method === 'GET' || contract.method === 'DELETE' ? undefined : {});
  return apiRequest<ResponseOf<C>>(contract.method, pathOf(contract, i.params), {
    ...options,
    ...(i.query ? { query: i.query } : {}),
    ...(body !== undefined ? { body } : {}),
  });
}

/** Downloads a file route (its response is `zFileDownload`) and saves it under the server's name. */
export function download<C extends RouteContract>(contract: C, input: CallInput<C>, fallbackName: string): Promise<string> {
  const i = input as { params?: Record<string, unknown>; query?: Record<string, QueryValue> };
  return downloadFile(pathOf(contract, i.params), i.query ?? {}, fallbackName);
}
