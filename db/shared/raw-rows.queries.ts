import type { SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';

/** The rows of a raw SQL query; both drivers answer `execute` with `{ rows }`. */
export const rowsOf = async <T>(db: Executor, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;
