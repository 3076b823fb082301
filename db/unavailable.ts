import { AppError } from '../core/shared/errors.ts';

/** Errors of the socket: the server is down, unreachable or closed the connection. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that cannot serve now: the connection exceptions (class 08), shutdown
 * and start-up (57P01–57P03), a statement cancelled by statement_timeout (57014), and no free
 * connection slot (53300).
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '53300']);

/** What node-postgres and its pool say when a connection is lost, refused or too slow. */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Query read timeout/,
];

/** The error itself, its causes (drizzle wraps the driver's error) and, for an AggregateError, its parts. */
function* chain(error: unknown, depth = 0): Generator<unknown> {
  if (error === null || error === undefined || depth > 5) return;
  yield error;
  if (error instanceof AggregateError) for (const part of error.errors) yield* chain(part, depth + 1);
  if (error instanceof Error && error.cause !== undefined) yield* chain(error.cause, depth + 1);
}

function lostConnection(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
    return true;
  return DRIVER_MESSAGES.some((pattern) => pattern.test(error.message));
}

/** Whether an error means the database is unavailable (rather than that a query or the data is wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'DATABASE_UNAVAILABLE';
  for (const e of chain(error)) if (lostConnection(e)) return true;
  return false;
}

/** Not a lost connection: the server cancelled a slow statement, had no free slot, or the client stopped waiting. */
const ALIVE = (error: Error & { code?: unknown }) =>
  error.code === '57014' || error.code === '53300' || /^Query read timeout/.test(error.message);

/** Whether an error means that the connection itself is gone (ended, reset, refused), not only slow. */
export function isConnectionLost(error: unknown): boolean {
  for (const e of chain(error)) if (lostConnection(e) && !ALIVE(e as Error)) return true;
  return false;
}

/** The driver's own words, for the log: never the query or its parameters (they may hold secrets). */
export function describeUnavailable(error: unknown): { code?: string; message: string } {
  for (const e of chain(error)) {
    if (!lostConnection(e)) continue;
    const { code, message } = e as Error & { code?: unknown };
    return typeof code === 'string' ? { code, message } : { message };
  }
  return { message: error instanceof Error ? error.name : String(error) };
}

/** The AppError for an unavailable database, or undefined when the error means something else. */
export function databaseUnavailable(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error.code === 'DATABASE_UNAVAILABLE' ? error : undefined;
  if (!isDatabaseUnavailable(error)) return undefined;
  return new AppError('DATABASE_UNAVAILABLE', 'The database is not available at the moment; please try again shortly.');
}

/**
 * What of an error may go to the log: a lost database by the driver's words only; any other error
 * by its type, code, message and stack, and its causes likewise. A failed query's text and
 * parameters (which may hold personal data, password hashes or tokens) are never logged: the
 * driver's message says what went wrong.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (isDatabaseUnavailable(error)) return { database: describeUnavailable(error) };
  return { err: describeError(error, 0) };
}

function describeError(error: unknown, depth: number): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error).slice(0, 500) };
  // Drizzle's wrapper puts the query's text and parameters into its message; the driver's own
  // error (with a severity) keeps them in fields that are not logged, and its message is safe.
  const failedQuery = error.message.startsWith('Failed query:');
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: failedQuery ? 'Failed query (its text and parameters are not logged)' : error.message,
    stack: failedQuery ? undefined : error.stack,
    ...(error.cause !== undefined && depth < 3 ? { cause: describeError(error.cause, depth + 1) } : {}),
  };
}
