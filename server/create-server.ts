import type { ViteDevServer } from 'vite';
import { prepareDatabase } from '../db/prepare.ts';
import { describeUnavailable } from '../db/unavailable.ts';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { systemClock } from './system-clock.ts';

/** Opens (migrates, seeds) the database and builds the app; used by `serve` and by the Vite dev server. */
export async function createServer(config: Config = loadConfig(), devServer?: ViteDevServer) {
  // Until the app (and its logger) exists, a lost connection is a process warning.
  let connectionLost = (error: Error) => process.emitWarning(`PostgreSQL closed a connection: ${error.message}`);
  const { handle, seed } = await prepareDatabase(
    { ...config, onConnectionError: (error) => connectionLost(error) },
    systemClock,
  );
  const app = await buildApp({
    services: { db: handle.db, clock: systemClock },
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    pages: { devServer },
    trustProxy: config.trustProxy,
    metricsToken: config.metricsToken,
  });
  app.addHook('onClose', () => handle.close());
  connectionLost = (error) => app.log.warn({ database: describeUnavailable(error) }, 'PostgreSQL closed a connection');
  app.log.info({ engine: handle.engine, seed }, 'database ready');
  return app;
}
