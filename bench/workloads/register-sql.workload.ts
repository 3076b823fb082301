import type { DatabaseHandle } from '../../db/client.ts';
import { findPartnerships } from '../../db/partnerships/partnerships.queries.ts';
import type { WorkloadOutcome } from '../bench-results.ts';
import type { WorkloadParameters } from '../bench-setup.ts';
import { candidateIndexes, createCandidateIndexes, dropCandidateIndexes } from '../indexes.ts';
import { measure, ratio } from '../measure.ts';
import { planSummary, type SqlClient } from '../sql.ts';
import { rawOf, registerQuery } from './queries.workload.ts';

/**
 * W2 in-process: the activities register page through Drizzle, as raw SQL, with its total count and
 * with a candidate index; and the partnerships register as its endpoint reads it.
 */
export async function registerSqlWorkload({
  handle,
  sql,
  durationSeconds: d,
  params,
}: {
  handle: DatabaseHandle;
  sql: SqlClient;
  durationSeconds: number;
  params: WorkloadParameters;
}): Promise<WorkloadOutcome> {
  const filter = params.registerFilter;
  const query = registerQuery(handle.db, filter);
  const raw = rawOf(sql, query);
  const withTotal = rawOf(sql, registerQuery(handle.db, filter, { total: true }));
  const product = await measure(() => registerQuery(handle.db, filter), { durationSeconds: d });
  const baseline = await measure(raw.run, { durationSeconds: d });
  const totalLatency = await measure(withTotal.run, { durationSeconds: d });
  const findRows = await measure(() => findPartnerships(handle.db, { ...params.partnershipFilter, publicOnly: true }), {
    durationSeconds: d,
  });
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
}
