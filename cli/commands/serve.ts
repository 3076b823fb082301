import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { createServer } from '../../server/main.ts';

export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('serve the pages and the API (PGlite in DATA_DIR, or PostgreSQL when DATABASE_URL is set)')
    .option('--port <port>', 'port (default: PORT or 3000)')
    .option('--host <host>', 'host (default: HOST or localhost)')
    .action(async (options: { port?: string; host?: string }) => {
      const config = loadConfig({
        ...process.env,
        ...(options.port ? { PORT: options.port } : {}),
        ...(options.host ? { HOST: options.host } : {}),
      });
      const app = await createServer(config);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          app.log.info(`${signal}: shutting down`);
          void app.close().then(() => process.exit(0));
        });
      }
      await app.listen({ port: config.port, host: config.host });
    });
}
