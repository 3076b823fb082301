import type { ViteDevServer } from 'vite';
import { prepareDatabase } from '../db/prepare.ts';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { systemClock } from './system-clock.ts';

/** Opens (migrates, seeds) the database and builds the app; used by `serve` and by the Vite dev server. */
export async function createServer(config: Config = loadConfig(), devServer?: ViteDevServer) {
  const { handle, seed } = await prepareDatabase(config, systemClock);
  const app = await buildApp({
    services: { db: handle.db, clock: systemClock },
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    pages: { devServer },
  });
  app.addHook('onClose', () => handle.close());
  app.log.info({ engine: handle.engine, seed }, 'database ready');
  return app;
}
