/** What went wrong, as a stable code the HTTP layer maps to a status (server/error-handler.ts). */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'SEED_FILE_INVALID'
  | 'FORBIDDEN'
  /** The database does not answer (down, restarting, connection lost, too slow): try again later. */
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL';

/** One field that is wrong and why; `field` is a dotted path or a parameter name. */
export interface FieldIssue {
  field: string;
  message: string;
  /** A stable, language-neutral name of the problem, where one is given (e.g. "invalid_json"). */
  code?: string;
  /** The value the refusal names, for the page to show (e.g. the date a change must not precede). */
  value?: string;
}

/**
 * Gives each issue the code of its message in an area's table of stable messages, so that pages
 * translate the code and never read the English text. A message may carry what it is about in
 * front ("12 has given scores"); an issue that has a code keeps it, one not in the table has none.
 */
export function withCodes(table: Readonly<Record<string, string>>, issues: readonly FieldIssue[]): FieldIssue[] {
  const entries = Object.entries(table);
  const codeOf = (message: string) =>
    (entries.find(([, m]) => m === message) ?? entries.find(([, m]) => message.endsWith(` ${m}`)))?.[0];
  return issues.map((issue) => {
    const code = issue.code ?? codeOf(issue.message);
    return code ? { ...issue, code } : issue;
  });
}

/** The one error type the application throws for failures it understands. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

export const notFound = (what: string, ref: string) => new AppError('NOT_FOUND', `${what} "${ref}" does not exist.`);
