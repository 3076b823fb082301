import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../db/prepare.ts';
import type { Cluster } from '../dev/postgres-cluster.ts';
import { referenceDay } from './bench-data-set.ts';
import { freePort, timeUntilServing } from './http.ts';
import type { SqlClient } from './sql.ts';
import type { RegisterFilter } from './workloads/queries.workload.ts';

export const seconds = (t0: number) => Math.round((performance.now() - t0) / 10) / 100;

export async function adminQuery(cluster: Cluster, statements: string[]) {
  const client = new pg.Client({ connectionString: cluster.url('postgres') });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

/** The partnership with the most activities (worst case for W1/W2) and filters that match something. */
export async function workloadParameters(sql: SqlClient) {
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
export async function nodeFloor(): Promise<number> {
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

export function ensurePagesBuilt(log: (s: string) => void, needed: boolean) {
  if (!needed || existsSync(join(projectRoot, 'build', 'server', 'index.js'))) return;
  log('building the pages (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

export type WorkloadParameters = Awaited<ReturnType<typeof workloadParameters>>;
