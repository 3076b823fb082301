import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Line, WorkloadOutcome } from '../bench-results.ts';
import { startBenchServer, timedGet, type RunningServer } from '../http.ts';
import { measure, ratio, summarise } from '../measure.ts';

/** W7: time to first byte of the main pages, against static HTML of the same size. */
export async function pagesWorkload({
  dbEnv,
  durationSeconds: d,
}: {
  dbEnv: Record<string, string | undefined>;
  durationSeconds: number;
}): Promise<WorkloadOutcome> {
  const app = await startBenchServer({ ...dbEnv, BENCH_MODE: 'app', BENCH_PAGES: '1' });
  let staticServer: RunningServer | undefined;
  let file: string | undefined;
  try {
    const pages = ['/', '/?lang=en'];
    const bodies: Record<string, { contentType: string; body: string }> = {};
    for (const [i, page] of pages.entries()) {
      const r = await timedGet(app.url + page);
      if (r.status !== 200) throw new Error(`${page} answered ${r.status}`);
      bodies[`/static/page-${i}`] = { contentType: 'text/html; charset=utf-8', body: r.body };
    }
    file = join(mkdtempSync(join(tmpdir(), 'brueckenbauer-bench-static-')), 'pages.json');
    writeFileSync(file, JSON.stringify(bodies));
    staticServer = await startBenchServer({ BENCH_MODE: 'static', BENCH_STATIC_FILE: file });
    const lines: Line[] = [];
    for (const [i, page] of pages.entries()) {
      const ttfb: number[] = [];
      const product = await measure(
        async () => {
          const r = await timedGet(app.url + page);
          ttfb.push(r.ttfb);
        },
        { durationSeconds: d },
      );
      const staticTtfb: number[] = [];
      await measure(
        async () => {
          staticTtfb.push((await timedGet(`${staticServer!.url}/static/page-${i}`)).ttfb);
        },
        { durationSeconds: Math.min(d, 2) },
      );
      const first = summarise(ttfb);
      const baseline = summarise(staticTtfb);
      lines.push({
        measure: `GET ${page} time to first byte`,
        latency: first,
        baseline: {
          measure: `static HTML of the same ${bodies[`/static/page-${i}`]!.body.length} bytes`,
          latency: baseline,
        },
        ratio: ratio(first.p95, baseline.p95),
        notes: [`whole page p50 ${product.p50} ms, p95 ${product.p95} ms`],
      });
    }
    return { lines };
  } finally {
    await app.stop();
    await staticServer?.stop();
    if (file) rmSync(dirname(file), { recursive: true, force: true });
  }
}
