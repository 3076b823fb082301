import type { SqlClient } from './sql.ts';

/**
 * Indexes the workloads propose. They are created by the bench only (named "bench_candidate_…"),
 * measured before and after, and dropped again; a migration would create them for real.
 */
export const candidateIndexes = [
  {
    name: 'bench_candidate_activities_fts_idx',
    workload: 'W3',
    create: `create index bench_candidate_activities_fts_idx on activities using gin (to_tsvector('german', title || ' ' || coalesce(description, '')))`,
  },
  {
    name: 'bench_candidate_source_documents_fts_idx',
    workload: 'W3',
    create: `create index bench_candidate_source_documents_fts_idx on source_documents using gin (to_tsvector('german', title || ' ' || content))`,
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
