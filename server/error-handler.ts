import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { outagePage, RETRY_AFTER_SECONDS } from '../text/outage-page.ts';
import { AppError, type ErrorCode, type FieldIssue } from '../core/shared/errors.ts';
import { databaseUnavailable, describeUnavailable, loggableError } from '../db/unavailable.ts';

/** The one table from error codes to HTTP statuses. */
const STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  SEED_FILE_INVALID: 500,
  FORBIDDEN: 403,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

const TITLE: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * The refusals of Fastify's body parsers (before any route sees the body): the body is the field
 * that is wrong, with a code that says why, in the same problem shape as every other refusal.
 */
const BODY_PARSER_ISSUES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty',
  FST_ERR_CTP_BODY_TOO_LARGE: 'too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_length',
  FST_ERR_CTP_EMPTY_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
};

/** Sends an RFC 9457 problem document; `errors` names each wrong field. */
export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  detail: string,
  errors: FieldIssue[] = [],
) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: TITLE[status] ?? 'Error',
      status,
      detail,
      instance: request.url,
      ...(errors.length
        ? { errors: errors.map((e) => ({ pointer: e.field, detail: e.message, ...(e.code ? { code: e.code } : {}) })) }
        : {}),
    });
}

/** A browser asking for a page gets a page; the API and programs get problem+json. */
function wantsPage(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return false;
  const accept = request.headers.accept;
  return !accept || /text\/html|\*\/\*/.test(accept);
}

/**
 * The database is down, restarting, lost the connection or did not answer in time: 503 with
 * Retry-After, as a page for browsers (also before the session could be looked up) and as
 * problem+json for the API. Logged with the driver's words only, never the query's parameters.
 */
function answerOutage(error: unknown, outage: AppError, request: FastifyRequest, reply: FastifyReply) {
  request.log.warn({ database: describeUnavailable(error) }, 'database unavailable');
  reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
  if (wantsPage(request)) return reply.code(503).type('text/html; charset=utf-8').send(outagePage(request.url));
  return sendProblem(reply, request, 503, outage.message);
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const errors = error.validation.map((v) => {
      const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
      // An unknown field is named itself (zod reports it at its parent, with the keys it did not know).
      const unknown = (v.params as { keys?: unknown }).keys;
      const keys = Array.isArray(unknown) ? unknown.map((key) => (path ? `${path}.${key}` : String(key))) : [];
      const field = keys.join(',') || path || where;
      return { field, message: keys.length ? 'is not a field of this request' : (v.message ?? 'is invalid') };
    });
    const first = errors[0];
    return sendProblem(
      reply,
      request,
      400,
      first ? `Invalid ${where} parameter "${first.field}": ${first.message}` : 'Invalid request',
      errors,
    );
  }
  const outage = databaseUnavailable(error);
  if (outage) return answerOutage(error, outage, request, reply);
  if (error instanceof AppError) {
    const status = STATUS[error.code];
    if (status >= 500) request.log.error(loggableError(error), 'application error');
    return sendProblem(reply, request, status, error.message, error.issues);
  }
  const bodyIssue = BODY_PARSER_ISSUES[error.code];
  if (bodyIssue && error.statusCode && error.statusCode < 500)
    return sendProblem(reply, request, error.statusCode, error.message, [
      { field: 'body', code: bodyIssue, message: error.message },
    ]);
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error(loggableError(error), 'unexpected error');
    return sendProblem(reply, request, 500, 'An unexpected error occurred; it has been logged.');
  }
  return sendProblem(reply, request, status, error.message);
}
