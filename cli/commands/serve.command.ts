import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { createServer } from '../../server/create-server.ts';
import { keepRunningOnStrayErrors } from '../../server/process-guards.ts';
import { supervise } from '../supervisor.ts';

export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('serve the pages and the API (PGlite in DATA_DIR, or PostgreSQL when DATABASE_URL is set)')
    .option('--port <port>', 'port (default: PORT or 3000)')
    .option('--host <host>', 'host (default: HOST or localhost)')
    .option('--supervise', 'run the server as a child process and restart it when it crashes (with back-off)')
    .action(async (options: { port?: string; host?: string; supervise?: boolean }) => {
      const config = loadConfig({
        ...process.env,
        ...(options.port ? { PORT: options.port } : {}),
        ...(options.host ? { HOST: options.host } : {}),
      });
      if (options.supervise) {
        // The configuration is checked above, once: a wrong setting stops here instead of restarting forever.
        const args = [
          ...process.execArgv,
          process.argv[1]!,
          ...process.argv.slice(2).filter((a) => a !== '--supervise'),
        ];
        const supervisor = supervise({ command: process.execPath, args });
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => supervisor.stop(signal));
        process.exitCode = await supervisor.exited;
        return;
      }
      const app = await createServer(config);
      keepRunningOnStrayErrors(app.log);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          app.log.info(`${signal}: shutting down`);
          void app.close().then(() => process.exit(0));
        });
      }
      await app.listen({ port: config.port, host: config.host });
    });
}
