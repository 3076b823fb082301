import { setTimeout as delay } from 'node:timers/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { PgTransactionConfig } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Database, Schema, Transaction } from './client.ts';
import { isConnectionLost, isDatabaseUnavailable } from './unavailable.ts';

export interface PoolOptions {
  url: string;
  /** How long to wait for a connection, in ms; 0 waits as long as the operating system does. */
  connectTimeoutMs: number;
  /** The longest a statement may run, in ms (PostgreSQL's statement_timeout); 0 sets no limit. */
  statementTimeoutMs: number;
  /** Told about every connection PostgreSQL closes, idle or in use. */
  onConnectionError: (error: Error) => void;
}

/**
 * A frozen server (or a lost network) never cancels a statement itself: the client gives up a
 * little after statement_timeout, so a live server's own, cleaner cancellation comes first.
 */
const CLIENT_GRACE_MS = 1000;
/** Waits before trying again to connect or to begin a transaction; one more attempt than delays. */
const RETRY_DELAYS_MS = [200, 1000];

const timedOut = (error: unknown) =>
  error instanceof Error && /timeout exceeded when trying to connect|due to connection timeout/.test(error.message);

/** Tries `start` again after a short wait while the database is unavailable, but not after a timeout. */
async function retried<T>(start: () => Promise<T>, retryable: (error: unknown) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      const again = attempt < RETRY_DELAYS_MS.length && isDatabaseUnavailable(error) && !timedOut(error);
      if (!again || !retryable(error)) throw error;
      await delay(RETRY_DELAYS_MS[attempt]);
    }
  }
}

type ConnectCallback = (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void;

/**
 * A connection that could not be opened (the server is restarting, refuses, is full) sent
 * nothing, so opening it is tried again for every query: a planned restart only slows requests.
 * pg-pool's own query() calls connect() with a callback, so both forms are kept.
 */
function retryConnecting(pool: pg.Pool, trusted: (client: pg.PoolClient) => boolean) {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const trustedConnection = async (): Promise<pg.PoolClient> => {
    for (;;) {
      const client = await connect();
      if (trusted(client)) return client;
      client.release(new Error('opened before a connection was lost'));
    }
  };
  Object.assign(pool, {
    connect: (callback?: ConnectCallback) => {
      const connecting = retried(trustedConnection, () => true);
      if (!callback) return connecting;
      connecting.then(
        (client) => callback(undefined, client, () => client.release()),
        (error: Error) => callback(error),
      );
    },
  });
}

/**
 * When one connection is lost, the others opened before it are most likely lost too (a restart,
 * a failover, an administrator ending them all), even if the pool has not heard so yet: an idle
 * connection learns of its end only when its socket is read. So every loss starts a new
 * generation, and a connection of an older one is closed instead of being handed out.
 */
function connectionGenerations() {
  let current = 0;
  const born = new WeakMap<pg.PoolClient, number>();
  return {
    lost: () => void current++,
    opened: (client: pg.PoolClient) => void born.set(client, current),
    trusted: (client: pg.PoolClient) => born.get(client) === current,
  };
}

/** Calls `failed` with the error of every statement of this connection that fails. */
function onFailedStatement(client: pg.PoolClient, failed: (error: unknown) => void) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  Object.assign(client, {
    query: (...args: unknown[]) => {
      const result = query(...args);
      if (result instanceof Promise) result.catch(failed);
      return result;
    },
  });
}

/**
 * A statement the client stopped waiting for may still be running: the connection is closed, so
 * the server rolls back whatever it was doing and the pool never hands that connection out again.
 */
const closeOnReadTimeout = (client: pg.PoolClient) => (error: unknown) => {
  if (error instanceof Error && error.message === 'Query read timeout') void client.end().catch(() => {});
};

/** The pool of connections to a PostgreSQL server, with its timeouts, surviving dropped connections. */
export function createPool(options: PoolOptions): pg.Pool {
  const { connectTimeoutMs, statementTimeoutMs } = options;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 10,
    connectionTimeoutMillis: connectTimeoutMs,
    keepAlive: true,
    ...(statementTimeoutMs > 0
      ? { statement_timeout: statementTimeoutMs, query_timeout: statementTimeoutMs + CLIENT_GRACE_MS }
      : {}),
  });
  const generations = connectionGenerations();
  const lost = (error: Error) => {
    generations.lost();
    options.onConnectionError(error);
  };
  // An idle connection the server closes is dropped by the pool, which opens a new one when needed.
  pool.on('error', lost);
  // A connection in use that the server closes fails its query (answered as an outage) and is
  // dropped when released; without this listener its 'error' event would end the process.
  pool.on('connect', (client) => {
    generations.opened(client);
    client.on('error', lost);
    onFailedStatement(client, (error) => {
      if (isConnectionLost(error)) generations.lost();
      if (statementTimeoutMs > 0) closeOnReadTimeout(client)(error);
    });
  });
  retryConnecting(pool, generations.trusted);
  return pool;
}

/** Runs `use` on one connection of the pool; a connection that failed is closed, not reused. */
async function withConnection<T>(pool: pg.Pool, use: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failure: unknown;
  try {
    return await use(client);
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    client.release(isDatabaseUnavailable(failure) ? (failure as Error) : undefined);
  }
}

/**
 * Replaces `db.transaction` so that a transaction whose BEGIN failed (a connection that died
 * while idle in the pool) is tried again on a new connection after a short wait. Once the work
 * has begun it is never repeated: it may have committed, and repeating it could write twice.
 * A connection that failed inside a transaction is closed rather than returned to the pool.
 */
export function withRetriedTransactionStart(db: Database, pool: pg.Pool, schema: Schema): Database {
  const transaction = async <T>(work: (tx: Transaction) => Promise<T>, config?: PgTransactionConfig): Promise<T> => {
    let begun = false;
    let connected = false;
    const attempt = () => {
      connected = false;
      return withConnection(pool, (client) => {
        connected = true;
        return drizzle({ client, schema }).transaction(async (tx) => {
          begun = true;
          return work(tx as unknown as Transaction);
        }, config);
      });
    };
    // Connecting was already tried again by the pool; here only a BEGIN that failed is.
    return retried(attempt, () => connected && !begun);
  };
  return Object.assign(db, { transaction }) as Database;
}
