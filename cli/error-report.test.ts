import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../core/shared/errors.ts';
import { reportError } from './error-report.ts';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g';
let client: PGlite;
let db: ReturnType<typeof drizzle>;

/** What a real statement fails with, as the command would see it. */
async function failure(statement: ReturnType<typeof sql>): Promise<unknown> {
  return db.execute(statement).then(
    () => expect.fail('the statement should fail'),
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  client = await PGlite.create();
  db = drizzle({ client });
  await db.execute(sql`create table accounts (email text primary key, password_hash text not null)`);
  await db.execute(sql`insert into accounts values ('clara@sk.sachsen.de', ${HASH})`);
});
afterAll(() => client.close());

describe('what the command line prints for an error', () => {
  it('a refused database write: one line with the SQLSTATE and constraint, never the statement or its values', async () => {
    const error = await failure(sql`insert into accounts values ('clara@sk.sachsen.de', ${HASH})`);
    const { lines, exitCode } = reportError(error);
    expect(lines).toEqual([
      'error: the database refused the operation: a record with the same key already exists (SQLSTATE 23505, constraint accounts_pkey)',
    ]);
    expect(exitCode).toBe(1);
  });

  it('a statement the database rejects, however wrapped: the SQLSTATE only, not the server message', async () => {
    const error = await failure(
      sql`select password_hash::integer from accounts where email = ${'clara@sk.sachsen.de'}`,
    );
    const [line] = reportError(error).lines;
    expect(line).toBe('error: the database refused the operation (SQLSTATE 22P02)');
    expect(reportError(new Error('wrapped', { cause: error })).lines).toEqual([line]);
  });

  it('a query that never reached the database: one line, without the statement or its parameters', async () => {
    const closed = await PGlite.create();
    await closed.close();
    const error = await drizzle({ client: closed })
      .execute(sql`insert into accounts values (${'clara@sk.sachsen.de'}, ${HASH})`)
      .catch((e: unknown) => e);
    expect(String(error)).toContain(HASH);
    expect(reportError(error).lines).toEqual([
      'error: a database query failed; nothing more is shown because it may contain personal data',
    ]);
  });

  it('an expected failure: its message and the fields that are wrong; a missing record exits with 3', () => {
    const invalid = new AppError('INVALID_INPUT', 'The account is not valid.', [{ field: 'email', message: 'taken' }]);
    expect(reportError(invalid)).toEqual({
      lines: ['error: The account is not valid.', '  email: taken'],
      exitCode: 1,
    });
    expect(reportError(new AppError('NOT_FOUND', 'Partnership "x" does not exist.')).exitCode).toBe(3);
  });

  it('an unexpected error: its first line only, with anything shaped like a password hash blanked', () => {
    expect(reportError(new Error(`cannot store ${HASH} for clara\nat line 2`)).lines).toEqual([
      'error: cannot store [hash] for clara',
    ]);
  });
});
