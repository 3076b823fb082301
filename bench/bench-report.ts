import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Table from 'cli-table3';
import { projectRoot } from '../db/prepare.ts';
import { targetsAtL, type WorkloadResult } from './bench-results.ts';
import type { GenerateResult } from './generate.ts';

export function versions(serverVersions: Record<string, string>) {
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

export function renderTable(results: WorkloadResult[], generation: GenerateResult[]) {
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
