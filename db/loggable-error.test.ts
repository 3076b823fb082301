import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './client.ts';
import { loggableError } from './unavailable.ts';

describe('what of an error goes to the log', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    await handle.db.execute(sql`create table secrets (name text primary key, hash text not null)`);
  });
  afterAll(() => handle.close());

  it('names a failed query by the driver’s words, never its text or parameters', async () => {
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$geheim';
    await handle.db.execute(sql`insert into secrets values ('sk', ${hash})`);
    const error = await handle.db.execute(sql`insert into secrets values ('sk', ${hash})`).catch((e: unknown) => e);
    const logged = JSON.stringify(loggableError(error));
    expect(logged).not.toContain('argon2id');
    expect(logged).not.toContain('insert into');
    expect(logged).toContain('23505');
    expect(logged).toMatch(/duplicate key value violates unique constraint/);
  });

  it('keeps type, message and stack of any other error, and its cause', () => {
    const error = new TypeError('kaputt', { cause: new RangeError('darunter') });
    const logged = loggableError(error) as { err: { type: string; message: string; stack: string; cause: object } };
    expect(logged.err).toMatchObject({ type: 'TypeError', message: 'kaputt', cause: { type: 'RangeError' } });
    expect(logged.err.stack).toContain('loggable-error.test.ts');
  });
});
