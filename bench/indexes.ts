import type { SqlClient } from './sql.ts';

/**
 * Indexes the workloads propose. They are created by the bench only (named "bench_candidate_…"),
 * measured before and after, and dropped again; a migration would create them for real.
 */
export const candidateIndexes = [
  {
    name: 'bench_candidate_activities_register_idx',
    workload: 'W2',
    create: `create index bench_candidate_activities_register_idx on activities (partnership_id, status, starts_on desc, id desc)`,
  },
] as const;

export type CandidateIndex = (typeof candidateIndexes)[number];

export async function createCandidateIndexes(sql: SqlClient, only?: (i: CandidateIndex) => boolean) {
  const created: { name: string; seconds: number }[] = [];
  for (const index of candidateIndexes.filter(only ?? (() => true))) {
    const started = performance.now();
    await sql.query(`drop index if exists ${index.name}`);
    await sql.query(index.create);
    await sql.query(`analyze ${index.create.match(/ on (\w+) /)![1]}`);
    created.push({ name: index.name, seconds: Math.round((performance.now() - started) / 10) / 100 });
  }
  return created;
}

export async function dropCandidateIndexes(sql: SqlClient) {
  for (const index of candidateIndexes) await sql.query(`drop index if exists ${index.name}`);
}

/**
 * W1's candidate: the aggregate kept ready (a materialized view, refreshed when activities change)
 * instead of joining two link tables of millions of rows per request.
 */
export const candidateDashboardView = {
  create: `create materialized view bench_candidate_dashboard as
    select a.partnership_id, ag.goal_id, ai.instrument_id, left(a.starts_on, 4) as year,
      count(*)::int as activities, coalesce(sum(a.budget_planned_cents), 0)::bigint as budget_cents
    from activities a
    join activity_goals ag on ag.activity_id = a.id
    join activity_instruments ai on ai.activity_id = a.id
    where a.status <> 'cancelled'
    group by 1, 2, 3, 4`,
  index: `create index bench_candidate_dashboard_partnership_idx on bench_candidate_dashboard (partnership_id)`,
  drop: `drop materialized view if exists bench_candidate_dashboard`,
  query: `select g.key as goal, i.numeral as instrument, d.year, d.activities, d.budget_cents
    from bench_candidate_dashboard d join goals g on g.id = d.goal_id join instruments i on i.id = d.instrument_id
    where d.partnership_id = $1 order by 1, 2, 3`,
} as const;
