import { spawn, type ChildProcess } from 'node:child_process';

export interface SupervisorOptions {
  command: string;
  args: string[];
  /** The wait before the first restart; it doubles with every crash in a row. */
  firstDelayMs?: number;
  /** The longest wait between two restarts. */
  maxDelayMs?: number;
  /** A child that ran this long before crashing starts the back-off again from the first wait. */
  stableAfterMs?: number;
  /** One line per event, JSON like the server's own log. */
  log?: (line: string) => void;
  /** Told about each start (tests count them). */
  onStart?: (child: ChildProcess) => void;
}

const logLine = (level: number, msg: string, details: object = {}) =>
  JSON.stringify({ level, time: Date.now(), msg, ...details });

export interface Supervisor {
  /** The exit code to end with, once the child has ended cleanly or been stopped. */
  exited: Promise<number>;
  /** Passes the signal on to the child and restarts it no more. */
  stop(signal: NodeJS.Signals): void;
}

/**
 * Runs the command and starts it again whenever it ends with an error (a crash), waiting 1 s,
 * 2 s, 4 s … up to a limit between attempts, so a server that cannot start (its database still
 * down) is retried without spinning. It ends when the child exits cleanly or is stopped.
 */
export function supervise(options: SupervisorOptions): Supervisor {
  const firstDelayMs = options.firstDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const stableAfterMs = options.stableAfterMs ?? 60_000;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  let child: ChildProcess | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let stopping = false;
  let crashesInARow = 0;
  let finish!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (finish = resolve));

  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    if (restartTimer) {
      clearTimeout(restartTimer);
      finish(0);
    } else child?.kill(signal);
  };
  const start = () => {
    restartTimer = undefined;
    const startedAt = Date.now();
    child = spawn(options.command, options.args, { stdio: 'inherit' });
    options.onStart?.(child);
    child.on('error', (error) => {
      log(logLine(60, 'the server could not be started', { error: error.message }));
      finish(1);
    });
    child.on('exit', (code, signal) => {
      child = undefined;
      if (stopping || code === 0) return finish(code ?? 0);
      crashesInARow = Date.now() - startedAt >= stableAfterMs ? 1 : crashesInARow + 1;
      const delayMs = Math.min(maxDelayMs, firstDelayMs * 2 ** (crashesInARow - 1));
      log(logLine(50, 'the server ended unexpectedly; restarting it', { code, signal, crashesInARow, delayMs }));
      restartTimer = setTimeout(start, delayMs);
    });
  };
  start();
  return { exited, stop };
}
