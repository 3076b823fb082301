import { CommanderError } from 'commander';
import { DrizzleQueryError } from 'drizzle-orm';
import { AppError } from '../core/shared/errors.ts';

/** What the command line prints for an error, and the exit code it ends with. */
export interface ErrorReport {
  lines: string[];
  exitCode: number;
}

/** An error PostgreSQL (or PGlite) raised: it carries a five-character SQLSTATE. */
interface PostgresError {
  code: string;
  severity?: string;
  constraint?: string;
}

function isPostgresError(e: unknown): e is PostgresError {
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof Error && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && 'severity' in e;
}

/** Errors, following their causes; a chain never loops more than a few steps. */
function chain(error: unknown): unknown[] {
  const found: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && found.length < 8; e = (e as { cause?: unknown }).cause)
    found.push(e);
  return found;
}

const sqlStateMeaning: Record<string, string> = {
  '23505': 'a record with the same key already exists',
  '23503': 'it refers to a record that does not exist, or is still referred to',
  '23502': 'a required value is missing',
  '23514': 'a value breaks a rule of the database',
  '40001': 'another change came first; run the command again',
  '53100': 'the disk is full',
};

/**
 * A database error in one line: the SQLSTATE and, where known, what it means and the constraint.
 * Never the statement, its parameters or the server's message (they may hold personal data, a
 * password hash or a secret).
 */
function databaseLine(errors: unknown[]): string | null {
  const pg = errors.find(isPostgresError);
  if (pg) {
    const meaning = sqlStateMeaning[pg.code];
    const constraint = pg.constraint ? `, constraint ${pg.constraint}` : '';
    return `error: the database refused the operation${meaning ? `: ${meaning}` : ''} (SQLSTATE ${pg.code}${constraint})`;
  }
  if (errors.some((e) => e instanceof DrizzleQueryError)) {
    const cause = errors.at(-1) as { code?: unknown } | undefined;
    const code = typeof cause?.code === 'string' && /^E[A-Z]+$/.test(cause.code) ? ` (${cause.code})` : '';
    return `error: a database query failed${code}; nothing more is shown because it may contain personal data`;
  }
  return null;
}

/** Turns what a command threw into the lines to print on stderr and the exit code. */
export function reportError(error: unknown): ErrorReport {
  if (error instanceof CommanderError) return { lines: [], exitCode: error.exitCode };
  if (error instanceof AppError) {
    const lines = [`error: ${error.message}`];
    if (error.code !== 'SEED_FILE_INVALID' && error.issues.length > 0)
      lines.push(`  ${error.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    if (error.code === 'SEED_FILE_INVALID' && error.issues.length > 1)
      for (const issue of error.issues) lines.push(`  ${issue.field}: ${issue.message}`);
    return { lines, exitCode: error.code === 'NOT_FOUND' ? 3 : 1 };
  }
  const database = databaseLine(chain(error));
  if (database) return { lines: [database], exitCode: 1 };
  const message = error instanceof Error ? error.message : String(error);
  // The first line only, and never anything shaped like a password hash.
  const line = message.split('\n')[0]!.replace(/\$argon2\w*\$\S*/g, '[hash]');
  return { lines: [`error: ${line}`], exitCode: 1 };
}
