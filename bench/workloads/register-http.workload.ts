import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  targetsAtL,
  within,
  type Engine,
  type Line,
  type WorkloadOutcome,
  type WorkloadResult,
} from '../bench-results.ts';
import type { WorkloadParameters } from '../bench-setup.ts';
import { loadTest, startBenchServer, timedGet, type RunningServer } from '../http.ts';
import { ratio } from '../measure.ts';

/**
 * W2 through HTTP: the partnerships API and the activities register on the product server, against a
 * static Fastify route serving the same bytes, at 1, 8 and 64 connections.
 */
export async function registerHttpWorkload({
  dbEnv,
  durationSeconds: d,
  params,
  engine,
  results,
}: {
  dbEnv: Record<string, string | undefined>;
  durationSeconds: number;
  params: WorkloadParameters;
  engine: Engine;
  results: WorkloadResult[];
}): Promise<WorkloadOutcome> {
  const api = await startBenchServer({ ...dbEnv, BENCH_MODE: 'app' });
  let staticServer: RunningServer | undefined;
  let file: string | undefined;
  try {
    const f = params.registerFilter;
    const paths = {
      partnerships: `/api/v1/partnerships?${new URLSearchParams(params.partnershipFilter as Record<string, string>)}`,
      activities: `/bench/activities?partnership=${f.partnershipId}&status=${f.status}&from=${f.from}`,
    };
    const bodies: Record<string, { contentType: string; body: string }> = {};
    for (const [name, path] of Object.entries(paths)) {
      const r = await timedGet(api.url + path);
      if (r.status !== 200) throw new Error(`${path} answered ${r.status}: ${r.body.slice(0, 200)}`);
      bodies[`/static/${name}`] = { contentType: 'application/json; charset=utf-8', body: r.body };
    }
    file = join(mkdtempSync(join(tmpdir(), 'brueckenbauer-bench-static-')), 'payloads.json');
    writeFileSync(file, JSON.stringify(bodies));
    staticServer = await startBenchServer({ BENCH_MODE: 'static', BENCH_STATIC_FILE: file });
    const lines: Line[] = [];
    const w2sql = results.find((r) => r.id === 'W2' && r.engine === engine)?.details as
      { rawSqlP95?: number; findPartnershipsP95?: number } | undefined;
    for (const [name, path] of Object.entries(paths)) {
      for (const connections of [1, 8, 64]) {
        const product = await loadTest(api.url + path, connections, d);
        const ceiling = await loadTest(`${staticServer.url}/static/${name}`, connections, d);
        const sqlP95 = name === 'activities' ? w2sql?.rawSqlP95 : w2sql?.findPartnershipsP95;
        lines.push({
          measure: `GET ${name === 'activities' ? '/bench/activities (bench-only route)' : path} × ${connections} conn.`,
          latency: product,
          requestsPerSecond: product.requestsPerSecond,
          baseline: {
            measure: `static Fastify route, same ${bodies[`/static/${name}`]!.body.length} bytes`,
            latency: ceiling,
            requestsPerSecond: ceiling.requestsPerSecond,
          },
          ratio: ratio(product.p95, ceiling.p95),
          ...(connections === 1
            ? {
                target: {
                  text: `${targetsAtL.W2} (scale L, PostgreSQL); API/SQL here ${ratio(product.p95, sqlP95 ?? NaN) ?? '–'}×`,
                  withinTarget:
                    name === 'activities'
                      ? (within(product.p95, 10) ?? false) && (within(ratio(product.p95, sqlP95 ?? NaN), 1.5) ?? false)
                      : null,
                },
              }
            : {}),
          notes: product.errors || product.non2xx ? [`${product.errors} errors, ${product.non2xx} non-2xx`] : [],
        });
      }
    }
    return {
      lines,
      details: { bytes: Object.fromEntries(Object.entries(bodies).map(([k, v]) => [k, v.body.length])) },
    };
  } finally {
    await api.stop();
    await staticServer?.stop();
    if (file) rmSync(dirname(file), { recursive: true, force: true });
  }
}
