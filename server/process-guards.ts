import type { FastifyBaseLogger } from 'fastify';
import { loggableError as loggable } from '../db/unavailable.ts';

/**
 * An error nobody caught (a rejected promise no one awaited, an event without a listener) is
 * logged, and the server keeps answering: every request has its own error handling, so one
 * stray failure must not take down everyone else's. If the process dies anyway, the
 * supervisor of `serve --supervise` starts it again.
 */
export function keepRunningOnStrayErrors(log: FastifyBaseLogger): void {
  process.on('unhandledRejection', (reason) =>
    log.error(loggable(reason), 'unhandled promise rejection; the server keeps running'),
  );
  process.on('uncaughtException', (error) =>
    log.error(loggable(error), 'uncaught exception; the server keeps running'),
  );
}
