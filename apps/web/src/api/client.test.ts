import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, getCsrfToken, setAuthInterruptionHandler, setCsrfToken } from './client.ts';
import { ApiProblem } from './problem.ts';

type Call = { url: string; init: RequestInit };

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(status: number, code: string, userMessage: string, extra: object = {}): Response {
  return json(status, { type: 'about:blank', title: code, status, code, userMessage, ...extra }, 'application/problem+json; charset=utf-8');
}

function headerOf(call: Call, name: string): string | undefined {
  return (call.init.headers as Record<string, string> | undefined)?.[name];
}

describe('api client', () => {
  let calls: Call[];
  let answers: Response[];

  beforeEach(() => {
    calls = [];
    answers = [];
    setCsrfToken(null);
    setAuthInterruptionHandler(null);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        calls.push({ url, init });
        const next = answers.shift();
        if (!next) throw new Error(`unexpected request ${url}`);
        return next;
      }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('turns a problem response into an ApiProblem with code, message and invalid params', async () => {
    answers.push(
      problem(400, 'REQUEST.VALIDATION_FAILED', '提交的内容有误，请检查标红的字段', {
        invalidParams: [{ name: 'body.phone', code: 'custom', reason: '电话号码格式不正确' }],
      }),
    );
    const error = await api.get('/people').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    const p = error as ApiProblem;
    expect(p.status).toBe(400);
    expect(p.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(p.userMessage).toBe('提交的内容有误，请检查标红的字段');
    expect(p.invalidParams).toEqual([{ name: 'body.phone', code: 'custom', reason: '电话号码格式不正确' }]);
  });

  it('gives the catalogue English for a known code in English, the server text otherwise', async () => {
    setCsrfToken('t');
    answers.push(problem(409, 'ORG.HAS_CHILDREN', '该机构下还有下级机构或人员，不能删除'));
    const p = (await api.delete('/orgs/x').catch((e: unknown) => e)) as ApiProblem;
    expect(p.messageFor('en')).toBe('The org still has children or people');
    expect(p.messageFor('zh-CN')).toBe('该机构下还有下级机构或人员，不能删除');
  });

  it('reports a body that is not a problem (a proxy error page) as a network problem', async () => {
    answers.push(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const p = (await api.get('/orgs').catch((e: unknown) => e)) as ApiProblem;
    expect(p.code).toBe('CLIENT.NETWORK');
  });

  it('sends no CSRF header on reads', async () => {
    setCsrfToken('token-1');
    answers.push(json(200, []));
    await api.get('/orgs', { query: { townshipId: 'abc', q: undefined } });
    expect(calls[0]!.url).toBe('/api/orgs?townshipId=abc');
    expect(headerOf(calls[0]!, 'x-csrf-token')).toBeUndefined();
  });

  it('reads the CSRF token from the session before the first state change, then sends it with a JSON body', async () => {
    answers.push(json(200, { csrfToken: 'token-from-session' }), json(201, { id: 'p1' }));
    const created = await api.post<{ id: string }>('/people', { name: '王建国' });
    expect(created).toEqual({ id: 'p1' });
    expect(calls[0]!.url).toBe('/api/auth/session');
    expect(calls[1]!.init.method).toBe('POST');
    expect(headerOf(calls[1]!, 'x-csrf-token')).toBe('token-from-session');
    expect(headerOf(calls[1]!, 'content-type')).toBe('application/json');
    expect(calls[1]!.init.body).toBe(JSON.stringify({ name: '王建国' }));
    expect(getCsrfToken()).toBe('token-from-session');
  });

  it('does not ask for a CSRF token to sign in (there is no session yet)', async () => {
    answers.push(json(200, { status: 'ok', mustChangePassword: false, isTotpSetupRequired: false }));
    await api.post('/auth/login', { username: 'a', password: 'b' });
    expect(calls).toHaveLength(1);
    expect(headerOf(calls[0]!, 'x-csrf-token')).toBeUndefined();
  });

  it('retries once with a fresh token when the server says the token is stale', async () => {
    setCsrfToken('old');
    answers.push(problem(403, 'AUTH.CSRF_FAILED', '页面已过期，请刷新后重试'), json(200, { csrfToken: 'new' }), json(200, { ok: true }));
    await api.patch('/orgs/1', { name: 'x', version: 1 });
    expect(headerOf(calls[0]!, 'x-csrf-token')).toBe('old');
    expect(headerOf(calls[2]!, 'x-csrf-token')).toBe('new');
  });

  it('sends the user to sign in on an expired session, with the reason, and forgets the token', async () => {
    const handler = vi.fn();
    setAuthInterruptionHandler(handler);
    setCsrfToken('t');
    answers.push(problem(401, 'AUTH.SESSION_EXPIRED', '登录已超时，请重新登录'));
    await expect(api.get('/orgs')).rejects.toBeInstanceOf(ApiProblem);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]![0]).toBe('signIn');
    expect((handler.mock.calls[0]![1] as ApiProblem).code).toBe('AUTH.SESSION_EXPIRED');
    expect(getCsrfToken()).toBeNull();
  });

  it('leaves auth problems to the caller when asked (the login page shows wrong passwords itself)', async () => {
    const handler = vi.fn();
    setAuthInterruptionHandler(handler);
    answers.push(problem(401, 'AUTH.INVALID_CREDENTIALS', '用户名或密码错误'));
    await expect(api.post('/auth/login', { username: 'a', password: 'b' }, { skipAuthRedirect: true })).rejects.toMatchObject({
      code: 'AUTH.INVALID_CREDENTIALS',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('sends an incomplete session to the step it lacks', async () => {
    const handler = vi.fn();
    setAuthInterruptionHandler(handler);
    answers.push(problem(403, 'AUTH.PASSWORD_CHANGE_REQUIRED', '请先修改初始密码'));
    await expect(api.get('/people')).rejects.toBeInstanceOf(ApiProblem);
    expect(handler.mock.calls[0]![0]).toBe('changePassword');
  });
});
