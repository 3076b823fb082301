import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../db/prepare.ts';
import type { Cluster } from '../../dev/postgres-cluster.ts';
import { within, type Engine, type WorkloadOutcome } from '../bench-results.ts';
import { adminQuery, nodeFloor } from '../bench-setup.ts';
import { freePort, timeUntilServing } from '../http.ts';
import { ratio } from '../measure.ts';

/** W8: first start on an empty data directory (or database), and restart, until the register answers. */
export async function startUpWorkload({
  engine,
  cluster,
}: {
  engine: Engine;
  cluster: Cluster | undefined;
}): Promise<WorkloadOutcome> {
  const serve = async (env: Record<string, string | undefined>) => {
    const port = await freePort();
    const r = await timeUntilServing(
      process.execPath,
      [join(projectRoot, 'bin', 'brueckenbauer.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'],
      { ...env, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      `http://127.0.0.1:${port}/api/v1/partnerships`,
    );
    await r.stop();
    return Math.round(r.seconds * 100) / 100;
  };
  let env: Record<string, string | undefined>;
  let done: () => Promise<void> | void;
  if (engine === 'postgresql') {
    await adminQuery(cluster!, ['drop database if exists bench_w8', 'create database bench_w8']);
    env = { DATABASE_URL: cluster!.url('bench_w8') };
    done = () => adminQuery(cluster!, ['drop database if exists bench_w8']);
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'brueckenbauer-bench-w8-'));
    env = { DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
    done = () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    const first = await serve(env);
    const restart = await serve(env);
    const restartAgain = await serve(env);
    const floor = await nodeFloor();
    return {
      lines: [
        {
          measure: 'first start (migrate, seed) until GET /api/v1/partnerships is 200, s',
          latency: { n: 1, p50: first, p95: first, p99: first, mean: first, max: first },
          baseline: {
            measure: 'bare node HTTP server start, s',
            latency: { n: 1, p50: floor, p95: floor, p99: floor, mean: floor, max: floor },
          },
          ratio: ratio(first, floor),
          target: { text: '≤ 10 s', withinTarget: within(first, 10) },
        },
        {
          measure: 'restart on the seeded data, s',
          latency: {
            n: 2,
            p50: Math.min(restart, restartAgain),
            p95: Math.max(restart, restartAgain),
            p99: Math.max(restart, restartAgain),
            mean: (restart + restartAgain) / 2,
            max: Math.max(restart, restartAgain),
          },
          baseline: {
            measure: 'bare node HTTP server start, s',
            latency: { n: 1, p50: floor, p95: floor, p99: floor, mean: floor, max: floor },
          },
          ratio: ratio(Math.max(restart, restartAgain), floor),
          target: { text: '≤ 3 s', withinTarget: within(Math.max(restart, restartAgain), 3) },
        },
      ],
      details: {
        firstStartSeconds: first,
        restartSeconds: [restart, restartAgain],
        nodeFloorSeconds: floor,
        note: 'an empty data directory or database, not the generated data set',
      },
    };
  } finally {
    await done();
  }
}
