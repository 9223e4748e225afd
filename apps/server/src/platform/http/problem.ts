import { ERRORS, type ErrorCode, type InvalidParam, type Problem } from '@yifa/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { uniqueViolation } from '../db/unique-constraints.ts';
import { AppError } from './app-error.ts';

/** RFC 9457 problem details: one shape for every error, with a stable code and a Chinese message. */
export function problem(
  code: ErrorCode,
  extra: { detail?: string; invalidParams?: InvalidParam[]; instance?: string; userMessage?: string } = {},
): Problem {
  const entry = ERRORS[code];
  return {
    type: `https://yifa.local/problems/${code.toLowerCase().replace(/[._]/g, '-')}`,
    title: entry.en,
    status: entry.status,
    code,
    userMessage: extra.userMessage ?? entry.zh,
    ...(extra.detail ? { detail: extra.detail } : {}),
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.invalidParams ? { invalidParams: extra.invalidParams } : {}),
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

// Fastify's own request errors, mapped to our codes.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST.INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST.INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST.BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'REQUEST.INVALID_JSON',
  FST_REQ_FILE_TOO_LARGE: 'FILE.TOO_LARGE',
  FST_ERR_VALIDATION: 'REQUEST.VALIDATION_FAILED',
};

const ZOD_REASONS: Record<string, string> = {
  invalid_type: '类型不正确',
  too_small: '过短或过小',
  too_big: '过长或过大',
  invalid_format: '格式不正确',
  invalid_value: '取值不在允许范围内',
  unrecognized_keys: '包含不允许的字段',
  custom: '不符合要求',
};

/**
 * A limit without a message of its own still says which limit: "不能大于 100", not "过长或过大" — an
 * impossible number is refused with its bound, never clamped to it (issue 8 item 14).
 */
function boundReason(keyword: string, params: Record<string, unknown>): string | null {
  const isMax = keyword === 'too_big';
  if (!isMax && keyword !== 'too_small') return null;
  const bound = isMax ? params.maximum : params.minimum;
  if (typeof bound !== 'number' && typeof bound !== 'bigint') return null;
  const inclusive = params.inclusive !== false;
  switch (params.origin) {
    case 'number':
    case 'int':
    case 'bigint':
      return isMax ? (inclusive ? `不能大于 ${bound}` : `必须小于 ${bound}`) : inclusive ? `不能小于 ${bound}` : `必须大于 ${bound}`;
    case 'string':
      return isMax ? `不能超过 ${bound} 个字` : Number(bound) <= 1 ? '不能为空' : `至少 ${bound} 个字`;
    case 'array':
    case 'set':
      return isMax ? `不能超过 ${bound} 项` : `至少 ${bound} 项`;
    default:
      return null;
  }
}

function validationParams(error: {
  validation: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[];
  validationContext?: string;
}): InvalidParam[] {
  return error.validation.flatMap((v) => {
    const base = `${error.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.')}`;
    const keys = v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys) ? (v.params.keys as string[]) : null;
    if (keys) return keys.map((k) => ({ name: `${base}.${k}`, code: v.keyword, reason: ZOD_REASONS.unrecognized_keys! }));
    // A custom issue may carry its own stable code (e.g. unsafeText), more telling than 'custom'.
    const ownCode = (v.params.params as { code?: unknown } | undefined)?.code;
    const code = typeof ownCode === 'string' ? ownCode : v.keyword;
    // A message written in Chinese by our own schemas wins; zod's English defaults give way to ours.
    const isChinese = v.message && /[\u4e00-\u9fa5]/.test(v.message);
    return [
      { name: base, code, reason: isChinese ? v.message! : (boundReason(v.keyword, v.params) ?? ZOD_REASONS[v.keyword] ?? '不符合要求') },
    ];
  });
}

const PG_INPUT_ERRORS = new Map<string, string>([
  ['22P02', '提交的内容格式不正确'],
  ['22007', '日期或时间格式不正确'],
  ['22008', '日期或时间超出允许范围'],
  ['22021', '提交的内容含有无法保存的字符（空字符），请删除后重试'],
  ['22P05', '提交的内容含有无法保存的字符（不完整的 Unicode 字符），请删除后重试'],
]);

/** The PostgreSQL error behind an error: thrown by pg directly, or wrapped by Drizzle (DrizzleQueryError.cause). */
function postgresError(error: unknown): { code: string; constraint?: string } | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 3; e = (e as { cause?: unknown }).cause, depth += 1) {
    const { code, constraint, severity } = e as { code?: unknown; constraint?: unknown; severity?: unknown };
    // `severity` tells a PostgreSQL error from Node's and Fastify's (which have a code but no severity).
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string') {
      return { code, ...(typeof constraint === 'string' ? { constraint } : {}) };
    }
  }
  return null;
}

/** The problem an error stands for: our AppErrors, Fastify's request errors, PostgreSQL's input errors; else 500. */
export function problemFor(error: FastifyError, request: FastifyRequest): Problem {
  if (error instanceof AppError) {
    if (error.status >= 500) request.log.error({ err: error }, 'app error');
    return problem(error.code, {
      detail: error.message,
      instance: request.url,
      ...(error.invalidParams ? { invalidParams: error.invalidParams } : {}),
      ...(error.userMessage ? { userMessage: error.userMessage } : {}),
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return problem('REQUEST.VALIDATION_FAILED', { instance: request.url, invalidParams: validationParams(error as never) });
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) return problem(mapped, { detail: error.message, instance: request.url });
  if (error.statusCode === 429) return problem('REQUEST.RATE_LIMITED', { instance: request.url });
  const pg = postgresError(error);
  if (pg?.code === '23505') {
    const dup = uniqueViolation(pg.constraint);
    return problem(dup.code, {
      instance: request.url,
      userMessage: dup.userMessage,
      ...(dup.invalidParams.length ? { invalidParams: dup.invalidParams } : {}),
    });
  }
  // Input PostgreSQL refuses (bad text representation, bad date/time, NUL, untranslatable character):
  // the schemas refuse these first; this is the safety net for a field they miss.
  if (pg && PG_INPUT_ERRORS.has(pg.code)) {
    return problem('REQUEST.VALIDATION_FAILED', { instance: request.url, userMessage: PG_INPUT_ERRORS.get(pg.code) });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return problem('REQUEST.VALIDATION_FAILED', { detail: error.message, instance: request.url });
  }
  request.log.error({ err: error }, 'unexpected error');
  return problem('INTERNAL.ERROR', { instance: request.url });
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(reply, problemFor(error, request)),
  );
}
