import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../db/client.ts';
import { prepareDatabase, projectRoot } from '../db/prepare.ts';
import { startCluster, type Cluster } from '../dev/postgres-cluster.ts';
import { benchClock, referenceDay, type Scale } from './bench-data-set.ts';
import { renderTable, versions } from './bench-report.ts';
import {
  standalone,
  targetsAtL,
  workloadNames,
  type Engine,
  type WorkloadOutcome,
  type WorkloadResult,
} from './bench-results.ts';
import { adminQuery, ensurePagesBuilt, seconds, workloadParameters } from './bench-setup.ts';
import { generate, type GenerateResult } from './generate.ts';
import { loadAverage, machine } from './measure.ts';
import { planSummary, rawClient } from './sql.ts';
import { evaluationWorkload, reportWorkload } from './workloads/evaluation.workload.ts';
import { extractionWorkload } from './workloads/extraction.workload.ts';
import { overviewWorkload } from './workloads/overview.workload.ts';
import { pagesWorkload } from './workloads/pages.workload.ts';
import { registerHttpWorkload } from './workloads/register-http.workload.ts';
import { registerSqlWorkload } from './workloads/register-sql.workload.ts';
import { searchWorkload } from './workloads/search.workload.ts';
import { sourceArchiveWorkload } from './workloads/source-archive.workload.ts';
import { startUpWorkload } from './workloads/start-up.workload.ts';

export interface RunOptions {
  scale: Scale;
  seed: number;
  engines: Engine[];
  workloads: string[];
  durationSeconds: number;
  write: boolean;
  note?: string | undefined;
  /** Added to the results file's name. */
  label?: string | undefined;
}

export async function runBench(options: RunOptions): Promise<void> {
  const started = new Date();
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const results: WorkloadResult[] = [];
  const generation: GenerateResult[] = [];
  const serverVersions: Record<string, string> = {};
  const prepareSeconds: Record<string, number> = {};
  let cluster: Cluster | undefined;
  const wants = (w: string) => options.workloads.includes(w);

  ensurePagesBuilt(log, wants('W7') || wants('W8'));
  try {
    // W4, W5 and W6 need no database: a run of only those starts none.
    for (const engine of options.workloads.some((w) => !standalone.includes(w)) ? options.engines : []) {
      log(`\n== ${engine}: scale ${options.scale}, seed ${options.seed}`);
      let config: DatabaseConfig;
      let cleanup: () => void | Promise<void>;
      if (engine === 'postgresql') {
        cluster ??= await startCluster();
        const database = `bench_${options.scale.toLowerCase()}_${options.seed}`;
        await adminQuery(cluster, [`drop database if exists ${database}`, `create database ${database}`]);
        config = { databaseUrl: cluster.url(database), dataDir: 'memory://' };
        const c = cluster;
        cleanup = () => adminQuery(c, [`drop database if exists ${database}`]);
      } else {
        const dir = mkdtempSync(join(tmpdir(), 'brueckenbauer-bench-pglite-'));
        config = { dataDir: dir };
        cleanup = () => rmSync(dir, { recursive: true, force: true });
      }
      try {
        let t0 = performance.now();
        let { handle } = await prepareDatabase(config, benchClock);
        prepareSeconds[engine] = seconds(t0);
        log(`migrated and seeded in ${prepareSeconds[engine]} s; generating…`);
        const generated = await generate(handle, { scale: options.scale, seed: options.seed });
        generation.push(generated);
        log(`generated in ${generated.seconds.total} s`);
        let sql = rawClient(handle);
        const [version] = await sql.query<{ v: string }>('select version() as v');
        serverVersions[engine] = version!.v;
        const params = await workloadParameters(sql);
        log(`parameters: ${JSON.stringify(params)}`);

        const run = async (id: string, work: () => Promise<WorkloadOutcome>) => {
          if (!wants(id)) return;
          log(`${id} (${engine})…`);
          const before = loadAverage();
          try {
            const r = await work();
            results.push({
              id,
              name: workloadNames[id]!,
              engine,
              status: 'measured',
              ...r,
              loadAverage: { before, after: loadAverage() },
            });
          } catch (error) {
            log(`${id} failed: ${error instanceof Error ? error.stack : String(error)}`);
            results.push({
              id,
              name: workloadNames[id]!,
              engine,
              status: 'failed',
              lines: [],
              error: error instanceof Error ? error.message : String(error),
              loadAverage: { before, after: loadAverage() },
            });
          }
        };
        const d = options.durationSeconds;

        await run('W1', () => overviewWorkload({ handle, sql, durationSeconds: d, target: targetsAtL.W1 }));

        await run('W2', () => registerSqlWorkload({ handle, sql, durationSeconds: d, params }));

        await run('W3', () =>
          searchWorkload({
            handle,
            sql,
            durationSeconds: d,
            year: String(Number(referenceDay.slice(0, 4)) - 1),
            target: { text: `${targetsAtL.W3} (scale L, PostgreSQL)`, limitMs: 30 },
            planSummary,
          }),
        );

        await run('W9', () => sourceArchiveWorkload({ handle, clock: benchClock }));

        // The HTTP workloads run the server in a child process; PGlite allows one process per data directory.
        await handle.close();
        const dbEnv =
          engine === 'postgresql'
            ? { DATABASE_URL: config.databaseUrl }
            : { DATA_DIR: config.dataDir, DATABASE_URL: '' };

        await run('W2', () => registerHttpWorkload({ dbEnv, durationSeconds: d, params, engine, results }));

        await run('W7', () => pagesWorkload({ dbEnv, durationSeconds: d }));

        // Reopen for the row counts of the result file.
        t0 = performance.now();
        ({ handle } = await prepareDatabase(config, benchClock));
        sql = rawClient(handle);
        const reopenSeconds = seconds(t0);
        const [sizes] = await sql.query<Record<string, string>>(
          `select pg_size_pretty(pg_database_size(current_database())) as database, pg_size_pretty(pg_total_relation_size('activities')) as activities`,
        );
        generated.rows = { ...generated.rows };
        (generated as GenerateResult & { sizes?: unknown; reopenSeconds?: number }).sizes = sizes;
        (generated as GenerateResult & { reopenSeconds?: number }).reopenSeconds = reopenSeconds;
        await handle.close();

        await run('W8', () => startUpWorkload({ engine, cluster }));
      } finally {
        await cleanup();
      }
    }
  } finally {
    cluster?.stop();
  }

  for (const id of standalone.filter(wants)) {
    log(`${id}…`);
    const before = loadAverage();
    try {
      const work =
        id === 'W4'
          ? evaluationWorkload({
              durationSeconds: options.durationSeconds,
              target: { text: targetsAtL.W4, limitMs: 100 },
            })
          : id === 'W5'
            ? extractionWorkload({ durationSeconds: options.durationSeconds, seed: options.seed })
            : reportWorkload({ durationSeconds: options.durationSeconds });
      results.push({
        id,
        name: workloadNames[id]!,
        engine: 'both',
        status: 'measured',
        ...(await work),
        loadAverage: { before, after: loadAverage() },
      });
    } catch (error) {
      log(`${id} failed: ${error instanceof Error ? error.stack : String(error)}`);
      results.push({
        id,
        name: workloadNames[id]!,
        engine: 'both',
        status: 'failed',
        lines: [],
        error: error instanceof Error ? error.message : String(error),
        loadAverage: { before, after: loadAverage() },
      });
    }
  }

  const report = {
    scale: options.scale,
    seed: options.seed,
    referenceDay,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    durationSecondsPerMeasurement: options.durationSeconds,
    machine: machine(),
    notes: [
      `The machine has ${machine().cores} cores; the HTTP workloads run the server and autocannon as two processes on them.`,
      'Other processes (e.g. another test run) may have been running at the same time: each workload records the load average (1, 5, 15 min) before and after.',
      'PostgreSQL is a private cluster started like the tests start theirs (initdb defaults, fsync=off, full_page_writes=off); the product pool has 10 connections.',
      ...(options.note ? [options.note] : []),
    ],
    versions: versions(serverVersions),
    prepareSeconds,
    generation,
    targets: { appliesTo: 'scale L on PostgreSQL; reported, never asserted', ...targetsAtL },
    workloads: results,
  };
  process.stdout.write(`${renderTable(report.workloads, generation)}\n`);
  if (options.write) {
    const dir = join(projectRoot, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const engines = options.engines.length === 1 ? `-${options.engines[0]}` : '';
    const label = options.label ? `-${options.label}` : '';
    const file = join(dir, `${started.toISOString().slice(0, 10)}-${options.scale}${engines}${label}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`results written to ${file}\n`);
  }
}
