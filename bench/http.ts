import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { summarise, type Latency } from './measure.ts';

const serverScript = fileURLToPath(new URL('./server.ts', import.meta.url));

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Starts bench/server.ts in its own process and waits until it listens. */
export async function startBenchServer(env: Record<string, string | undefined>): Promise<RunningServer> {
  const child = spawn(process.execPath, [serverScript], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before listening`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

export interface Throughput extends Latency {
  connections: number;
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
}

/** autocannon against one URL; latency percentiles from every response, not autocannon's buckets. */
export async function loadTest(url: string, connections: number, durationSeconds: number): Promise<Throughput> {
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationSeconds, pipelining: 1 }, (error, r) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(r),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      samples.push(responseTime);
    });
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load; figures would be wrong`,
    );
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.total / durationSeconds),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...summarise(samples),
  };
}

/** One GET: time to the response headers (first byte) and to the end of the body, in ms. */
export function timedGet(url: string): Promise<{ status: number; ttfb: number; total: number; body: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { headers: { accept: 'text/html,application/json' } }, (res) => {
      const ttfb = performance.now() - started;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          ttfb,
          total: performance.now() - started,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * Spawns a command and polls `url` every 10 ms until it answers 200; returns the seconds from
 * spawn to that answer, and a function that stops the process.
 */
export async function timeUntilServing(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  url: string,
  timeoutSeconds = 180,
): Promise<{ seconds: number; stop: () => Promise<void> }> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = started + timeoutSeconds * 1000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}: ${stderr}`);
    const ok = await timedGet(url).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { seconds: (performance.now() - started) / 1000, stop: () => stopChild(child) };
    await new Promise((r) => setTimeout(r, 10));
  }
  await stopChild(child);
  throw new Error(`${url} did not answer within ${timeoutSeconds} s`);
}
