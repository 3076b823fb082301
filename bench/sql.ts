import { once } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle } from '../db/client.ts';

/** The raw driver under the product's Drizzle database: plain SQL, bulk COPY, no ORM. */
export interface SqlClient {
  engine: DatabaseHandle['engine'];
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Loads CSV rows into a table with COPY (pg-copy-streams; PGlite: COPY FROM '/dev/blob'). */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
}

/** The raw client of an open handle (a pool for PostgreSQL, the single connection for PGlite). */
export function rawClient(handle: DatabaseHandle): SqlClient {
  const client = (handle.db as unknown as { $client: PGlite | pg.Pool }).$client;
  if (handle.engine === 'pglite') return pgliteClient(client as PGlite);
  const pool = client as pg.Pool;
  return {
    engine: 'postgresql',
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    copyCsv: async (table, columns, csv) => {
      const connection = await pool.connect();
      try {
        await copyInto(connection, table, columns, csv);
      } finally {
        connection.release();
      }
    },
  };
}

function pgliteClient(db: PGlite): SqlClient {
  return {
    engine: 'pglite',
    query: async <T>(text: string, params?: unknown[]) => (await db.query<T>(text, params)).rows,
    copyCsv: async (table, columns, csv) => {
      await db.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
        blob: new Blob([csv]),
      });
    },
  };
}

async function copyInto(connection: pg.PoolClient, table: string, columns: readonly string[], csv: string) {
  const stream = connection.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`));
  const done = once(stream, 'finish');
  stream.end(csv);
  await done;
}

/**
 * Runs `work` in one transaction on one connection, with foreign-key triggers off
 * (session_replication_role = replica): the generator writes consistent ids itself, and checking
 * ten million link rows one by one would dominate the load. CHECK constraints still apply.
 */
export async function inBulkTransaction<T>(handle: DatabaseHandle, work: (sql: SqlClient) => Promise<T>) {
  const client = (handle.db as unknown as { $client: PGlite | pg.Pool }).$client;
  if (handle.engine === 'pglite') {
    const db = client as PGlite;
    await db.exec('begin; set local session_replication_role = replica;');
    try {
      const result = await work(pgliteClient(db));
      await db.exec('commit');
      return result;
    } catch (error) {
      await db.exec('rollback');
      throw error;
    }
  }
  const connection = await (client as pg.Pool).connect();
  const sql: SqlClient = {
    engine: 'postgresql',
    query: async <R>(text: string, params?: unknown[]) => (await connection.query(text, params)).rows as R[],
    copyCsv: (table, columns, csv) => copyInto(connection, table, columns, csv),
  };
  try {
    await connection.query('begin; set local session_replication_role = replica;');
    const result = await work(sql);
    await connection.query('commit');
    return result;
  } catch (error) {
    await connection.query('rollback');
    throw error;
  } finally {
    connection.release();
  }
}

/** One CSV field: NULL unquoted and empty, everything else quoted. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `"${value.replaceAll('"', '""')}"`;
}

export const csvRow = (values: (string | number | boolean | null | undefined)[]) =>
  `${values.map(csvField).join(',')}\n`;

/** The plan's node types and indexes, e.g. "Limit > Sort > Bitmap Heap Scan > Bitmap Index Scan(idx)". */
export async function planSummary(sql: SqlClient, text: string, params: unknown[]): Promise<string> {
  const [row] = await sql.query<{ 'QUERY PLAN': unknown }>(`explain (format json) ${text}`, params);
  let plan = row!['QUERY PLAN'];
  if (typeof plan === 'string') plan = JSON.parse(plan);
  const nodes: string[] = [];
  const walk = (node: Record<string, unknown>, depth: number) => {
    const index = node['Index Name'] ? `(${String(node['Index Name'])})` : '';
    nodes.push(
      `${'  '.repeat(depth)}${String(node['Node Type'])}${index}${node['Relation Name'] ? ` on ${String(node['Relation Name'])}` : ''}`,
    );
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child, depth + 1);
  };
  walk((plan as { Plan: Record<string, unknown> }[])[0]!.Plan, 0);
  return nodes.join('\n');
}
