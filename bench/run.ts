import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Table from 'cli-table3';
import pg from 'pg';
import type { DatabaseConfig } from '../db/client.ts';
import { prepareDatabase, projectRoot } from '../db/prepare.ts';
import { findPartnerships } from '../db/partnerships/partnerships.queries.ts';
import { startCluster, type Cluster } from '../tests/setup/postgres-cluster.ts';
import { benchClock, generate, referenceDay, type GenerateResult, type Scale } from './generate.ts';
import { freePort, loadTest, startBenchServer, timedGet, timeUntilServing, type RunningServer } from './http.ts';
import { candidateIndexes, createCandidateIndexes, dropCandidateIndexes } from './indexes.ts';
import { loadAverage, machine, measure, ratio, summarise, type Latency } from './measure.ts';
import { planSummary, rawClient, type SqlClient } from './sql.ts';
import { overviewWorkload } from './workloads/overview.workload.ts';
import { rawOf, registerQuery, type RegisterFilter } from './workloads/queries.workload.ts';
import { evaluationWorkload, reportWorkload } from './workloads/evaluation.workload.ts';
import { searchWorkload } from './workloads/search.workload.ts';

type Engine = 'pglite' | 'postgresql';

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

/** One measured figure, next to its baseline. Latencies in ms. */
export interface Line {
  measure: string;
  latency?: Latency;
  requestsPerSecond?: number;
  baseline?: { measure: string; latency?: Latency; requestsPerSecond?: number };
  /** product p95 / baseline p95 (for throughput: baseline rps / product rps, so > 1 is slower too). */
  ratio?: number | null;
  target?: { text: string; withinTarget: boolean | null };
  notes?: string[];
}

export interface WorkloadResult {
  id: string;
  name: string;
  engine: Engine | 'both';
  status: 'measured' | 'not available yet' | 'failed';
  lines: Line[];
  loadAverage?: { before: [number, number, number]; after: [number, number, number] };
  details?: Record<string, unknown>;
  error?: string;
}

const workloadNames: Record<string, string> = {
  W1: 'the overview (/uebersicht): what needs attention and the counts of the register',
  W2: 'register query: three filters, a sort, a page of 50 (SQL, and through HTTP)',
  W3: 'German full-text search: the product search of the pages and the API; documents in the same shape',
  W4: 'evaluation maths of a 30-partnership round: scores, Krippendorff alpha, SMAA (10,000 samples), weight stability',
  W6: 'cabinet report of the 30-partnership round: DOCX and PDF',
  W7: 'time to first byte of the main pages',
  W8: 'first start on an empty data directory, and restart, until the register answers',
};

/** Workloads without a database: the evaluation maths and the report run in-process on a generated round. */
const standalone = ['W4', 'W6'];

const targetsAtL = {
  W1: 'p95 ≤ 50 ms',
  W2: 'p95 ≤ 10 ms, API/raw SQL ≤ 1.5×',
  W3: 'p95 ≤ 30 ms',
  W4: '≤ 100 ms',
  W8: 'first start ≤ 10 s, restart ≤ 3 s',
};

const within = (value: number | null | undefined, limit: number) =>
  value === null || value === undefined || !Number.isFinite(value) ? null : value <= limit;

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
    // W4 and W6 need no database: a run of only those starts none.
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

        const run = async (
          id: string,
          work: () => Promise<Omit<WorkloadResult, 'id' | 'name' | 'engine' | 'status'>>,
        ) => {
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

        await run('W2', async () => {
          const filter = params.registerFilter;
          const query = registerQuery(handle.db, filter);
          const raw = rawOf(sql, query);
          const withTotal = rawOf(sql, registerQuery(handle.db, filter, { total: true }));
          const product = await measure(() => registerQuery(handle.db, filter), { durationSeconds: d });
          const baseline = await measure(raw.run, { durationSeconds: d });
          const totalLatency = await measure(withTotal.run, { durationSeconds: d });
          const findRows = await measure(
            () => findPartnerships(handle.db, { ...params.partnershipFilter, publicOnly: true }),
            {
              durationSeconds: d,
            },
          );
          const [first] = (await withTotal.run()) as { total: number }[];
          const [candidate] = await createCandidateIndexes(sql, (c) => c.workload === 'W2');
          const indexedPage = await measure(raw.run, { durationSeconds: d });
          const indexedTotal = await measure(withTotal.run, { durationSeconds: d });
          const indexedPlan = await planSummary(sql, withTotal.text, withTotal.params);
          await dropCandidateIndexes(sql);
          return {
            lines: [
              {
                measure: `activities register page, raw SQL, with candidate index ${candidate!.name}`,
                latency: indexedPage,
                baseline: { measure: 'raw SQL, indexes of the migrations', latency: baseline },
                ratio: ratio(indexedPage.p95, baseline.p95),
              },
              {
                measure: `activities register with total count, with ${candidate!.name}`,
                latency: indexedTotal,
                baseline: { measure: 'with total count, indexes of the migrations', latency: totalLatency },
                ratio: ratio(indexedTotal.p95, totalLatency.p95),
              },
              {
                measure: 'activities register, Drizzle in-process',
                latency: product,
                baseline: { measure: 'same SQL on the raw driver', latency: baseline },
                ratio: ratio(product.p95, baseline.p95),
              },
              {
                measure: 'activities register with total count (count(*) over ())',
                latency: totalLatency,
                baseline: { measure: 'page without total', latency: baseline },
                ratio: ratio(totalLatency.p95, baseline.p95),
              },
              {
                measure: 'partnerships register, findPartnerships in-process (all SQL of the endpoint)',
                latency: findRows,
              },
            ],
            details: {
              filter,
              matchingActivities: Number(first?.total ?? 0),
              sql: raw.text,
              plan: await planSummary(sql, raw.text, raw.params),
              planWithTotal: await planSummary(sql, withTotal.text, withTotal.params),
              candidateIndex: candidateIndexes.find((c) => c.name === candidate!.name)!.create,
              candidateIndexBuildSeconds: candidate!.seconds,
              planWithTotalAndCandidateIndex: indexedPlan,
              partnershipFilter: params.partnershipFilter,
              rawSqlP95: baseline.p95,
              findPartnershipsP95: findRows.p95,
            },
          };
        });

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

        // The HTTP workloads run the server in a child process; PGlite allows one process per data directory.
        await handle.close();
        const dbEnv =
          engine === 'postgresql'
            ? { DATABASE_URL: config.databaseUrl }
            : { DATA_DIR: config.dataDir, DATABASE_URL: '' };

        await run('W2', async () => {
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
                              ? (within(product.p95, 10) ?? false) &&
                                (within(ratio(product.p95, sqlP95 ?? NaN), 1.5) ?? false)
                              : null,
                        },
                      }
                    : {}),
                  notes:
                    product.errors || product.non2xx ? [`${product.errors} errors, ${product.non2xx} non-2xx`] : [],
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
        });

        await run('W7', async () => {
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
        });

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

        await run('W8', async () => {
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
        });
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

const seconds = (t0: number) => Math.round((performance.now() - t0) / 10) / 100;

async function adminQuery(cluster: Cluster, statements: string[]) {
  const client = new pg.Client({ connectionString: cluster.url('postgres') });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

/** The partnership with the most activities (worst case for W1/W2) and filters that match something. */
async function workloadParameters(sql: SqlClient) {
  const [top] = await sql.query<{ id: number; key: string; name: string; activities: number }>(
    `select p.id, p.key, p.name, count(*)::int as activities from activities a join partnerships p on p.id = a.partnership_id
     group by p.id order by count(*) desc, p.id limit 1`,
  );
  const [combo] = await sql.query<{ status: string; kind: string; country: string; n: number }>(
    `select p.status::text as status, p.kind::text as kind, pl.iso3166_1 as country, count(distinct p.id)::int as n
     from partnerships p join partnership_places pp on pp.partnership_id = p.id join places pl on pl.id = pp.place_id
     where p.visibility = 'public' and pl.iso3166_1 is not null
     group by 1, 2, 3 order by n desc, 1, 2, 3 limit 1`,
  );
  const registerFilter: RegisterFilter = {
    partnershipId: top!.id,
    status: 'done',
    from: String(Number(referenceDay.slice(0, 4)) - 4),
  };
  return {
    topPartnership: top!,
    registerFilter,
    partnershipFilter: { status: combo!.status, kind: combo!.kind, country: combo!.country } as {
      status: 'active';
      kind: 'regional';
      country: string;
    },
  };
}

/** Seconds until a bare node HTTP server answers: the floor under any start-up time. */
async function nodeFloor(): Promise<number> {
  const port = await freePort();
  const r = await timeUntilServing(
    process.execPath,
    ['-e', `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`],
    {},
    `http://127.0.0.1:${port}/`,
  );
  await r.stop();
  return Math.round(r.seconds * 100) / 100;
}

function ensurePagesBuilt(log: (s: string) => void, needed: boolean) {
  if (!needed || existsSync(join(projectRoot, 'build', 'server', 'index.js'))) return;
  log('building the pages (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

function versions(serverVersions: Record<string, string>) {
  const pkg = (name: string) => {
    try {
      return (
        JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
      ).version;
    } catch {
      return null;
    }
  };
  // A run from an exported snapshot (no .git) names its commit in BENCH_SOURCE_COMMIT.
  let commit: string | null = process.env.BENCH_SOURCE_COMMIT ?? null;
  if (!commit)
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    } catch {
      /* not a git checkout */
    }
  return {
    brueckenbauer: (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version,
    commit,
    node: process.version,
    servers: serverVersions,
    packages: Object.fromEntries(
      [
        '@electric-sql/pglite',
        'pg',
        'drizzle-orm',
        'fastify',
        'react-router',
        '@mcansh/react-router-fastify',
        'autocannon',
        'pg-copy-streams',
        'pure-rand',
        'docx',
        'pdfkit',
        '@resvg/resvg-wasm',
      ].map((name) => [name, pkg(name)]),
    ),
  };
}

const fmt = (n: number | undefined | null) => (n === undefined || n === null || !Number.isFinite(n) ? '–' : String(n));

function renderTable(results: WorkloadResult[], generation: GenerateResult[]) {
  const table = new Table({
    head: [
      'W',
      'engine',
      'measure',
      'p50',
      'p95',
      'p99',
      'req/s',
      'baseline',
      'base p95',
      'base req/s',
      'ratio',
      'target (L, PostgreSQL)',
    ],
    style: { head: [], border: [] },
    colWidths: [4, 12, 40, 8, 8, 8, 7, 26, 9, 9, 9, 24],
    wordWrap: true,
  });
  for (const r of results) {
    if (r.status !== 'measured') {
      table.push([
        r.id,
        r.engine,
        r.status === 'failed' ? `failed: ${r.error}` : 'not available yet',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        r.id === 'W4' ? targetsAtL.W4 : '',
      ]);
      continue;
    }
    for (const l of r.lines)
      table.push([
        r.id,
        r.engine,
        l.measure,
        fmt(l.latency?.p50),
        fmt(l.latency?.p95),
        fmt(l.latency?.p99),
        fmt(l.requestsPerSecond),
        l.baseline?.measure ?? '',
        fmt(l.baseline?.latency?.p95),
        fmt(l.baseline?.requestsPerSecond),
        l.ratio === undefined ? '' : `${fmt(l.ratio)}×`,
        l.target ? `${l.target.text}${l.target.withinTarget === null ? '' : l.target.withinTarget ? ' ✓' : ' ✗'}` : '',
      ]);
  }
  const gen = generation
    .map(
      (g) =>
        `generation ${g.scale} on ${g.engine}: ${g.seconds.total} s (load ${g.seconds.load} s, analyse ${g.seconds.analyse} s), ${g.rows.activities} activities`,
    )
    .join('\n');
  return `${table.toString()}\nLatencies in ms (W8 in s). ${gen ? `\n${gen}` : ''}`;
}
