import { PgDialect } from 'drizzle-orm/pg-core';
import { type Actor, operator, PUBLIC } from '../../core/access/actor.ts';
import type { FacetSelection } from '../../core/search/facets.ts';
import { parseSearchQuery, type SearchQuery } from '../../core/search/search-query.ts';
import { audienceOf } from '../../core/access/visibility.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { searchRegister } from '../../db/search/search-register.queries.ts';
import { resolveTsquery, searchMatchesQuery } from '../../db/search/search.queries.ts';
import { measure, ratio, summarise, type Latency } from '../measure.ts';
import type { SqlClient } from '../sql.ts';

/** What people search for: common and rare words, phrases, two-word queries. */
export const searchTerms = [
  'Fachkräfte',
  'Mikroelektronik',
  'Delegationsreise Tschechien',
  '"Künstliche Intelligenz"',
  'Wasserwirtschaft Kooperation',
  'Hochschulen Forschungseinrichtungen',
  'Hilfslieferung Stromgeneratoren',
  'Messe Hannover',
] as const;

/**
 * The shape measured before the product had a search (bench results of 2026-11-21): the newest
 * 20 matches by date, which sorts every match. Kept as the baseline of the same run.
 */
export const dateOrderedQueries = {
  activities: `select id, key, title, starts_on from activities
    where search @@ websearch_to_tsquery('german', $1)
    order by starts_on desc nulls last, id desc limit 20`,
  documents: `select id, key, title, published_on from source_documents
    where search @@ websearch_to_tsquery('german', $1)
    order by published_on desc nulls last, id desc limit 20`,
} as const;

/**
 * Documents are not in the product's search yet; this is its shape applied to them: the best 20
 * by ts_rank among the first 1,000 matches the index yields.
 */
export const rankedDocumentsQuery = `select id, key, title, ts_rank(search, q) as rank
  from (select id, key, title, search, websearch_to_tsquery('german', $1) as q from source_documents
        where search @@ websearch_to_tsquery('german', $1) limit 1001) s
  order by rank desc, id desc limit 20`;

type Line = {
  measure: string;
  latency: Latency;
  baseline: { measure: string; latency: Latency };
  ratio: number | null;
  target?: { text: string; withinTarget: boolean | null };
  notes?: string[];
};

const queryOf = (term: string): SearchQuery => {
  const parsed = parseSearchQuery(term);
  if (!parsed.ok) throw new Error(`bench term refused: ${term}`);
  return parsed.query;
};

/**
 * W3: the product's search as the page runs it (searchRegister: the tsquery, the capped matches of
 * the five types, ranking, facets, and the highlighted titles and snippets of the first page), for
 * the public and for a coordinator, unnarrowed and narrowed by two facets; next to the date-ordered
 * query measured before. Documents: the same shape against the date-ordered query.
 */
export async function searchWorkload(args: {
  handle: DatabaseHandle;
  sql: SqlClient;
  durationSeconds: number;
  year: string;
  target: { text: string; limitMs: number };
  planSummary: (sql: SqlClient, text: string, params: unknown[]) => Promise<string>;
}) {
  const { handle, sql, durationSeconds: d, target } = args;
  const within = (p95: number) => (Number.isFinite(p95) ? p95 <= target.limitMs : null);
  const queries = searchTerms.map(queryOf);
  const perTerm = (run: (term: string, query: SearchQuery) => Promise<unknown>) => {
    const samples = new Map<string, number[]>();
    const call = async (i: number) => {
      const term = searchTerms[i % searchTerms.length]!;
      const started = performance.now();
      await run(term, queries[i % queries.length]!);
      samples.set(term, [...(samples.get(term) ?? []), performance.now() - started]);
    };
    return { call, p50: () => Object.fromEntries([...samples].map(([k, v]) => [k, summarise(v).p50])) };
  };
  const options = { durationSeconds: d, min: searchTerms.length * 2 };

  const before = perTerm((term) => sql.query(dateOrderedQueries.activities, [term]));
  const beforeLatency = await measure(before.call, options);
  const baseline = {
    measure: 'activities, newest 20 by date (the shape before; stored column)',
    latency: beforeLatency,
  };

  const variants: { name: string; actor: Actor; selection: FacetSelection }[] = [
    { name: 'public reader', actor: PUBLIC, selection: {} },
    { name: 'coordinator (sees everything)', actor: operator('bench'), selection: {} },
    {
      name: `coordinator, narrowed to activities of ${args.year}`,
      actor: operator('bench'),
      selection: { type: 'activity', year: args.year },
    },
  ];
  const lines: Line[] = [];
  const perTermP50: Record<string, Record<string, number>> = { before: {} };
  for (const v of variants) {
    const run = perTerm((_, query) => searchRegister(handle.db, v.actor, { query, selection: v.selection, page: 1 }));
    const latency = await measure(run.call, options);
    perTermP50[v.name] = run.p50();
    lines.push({
      measure: `product search (searchRegister, page 1 of 20 with facets and snippets), ${v.name}`,
      latency,
      baseline,
      ratio: ratio(latency.p95, beforeLatency.p95),
      target: { text: target.text, withinTarget: within(latency.p95) },
    });
  }
  perTermP50.before = before.p50();

  const matches: Record<string, unknown> = {};
  for (const [i, term] of searchTerms.entries()) {
    const outcome = await searchRegister(handle.db, operator('bench'), { query: queries[i]!, selection: {}, page: 1 });
    matches[term] =
      outcome.state === 'results'
        ? { ...outcome.total, byType: Object.fromEntries(outcome.facets.type.map((f) => [f.value, f.count])) }
        : outcome.state;
  }
  const resolved = (await resolveTsquery(handle.db, queries[0]!))!;
  const { sql: matchesSql, params } = new PgDialect().sqlToQuery(
    searchMatchesQuery({ query: resolved, selection: {}, audience: audienceOf(PUBLIC) })!,
  );

  const documentsBefore = await measure(
    (i) => sql.query(dateOrderedQueries.documents, [searchTerms[i % searchTerms.length]]),
    options,
  );
  const documentsRanked = await measure(
    (i) => sql.query(rankedDocumentsQuery, [searchTerms[i % searchTerms.length]]),
    options,
  );
  lines.push({
    measure: 'documents: best 20 by rank among the first 1,000 matches (raw SQL; not in the product search yet)',
    latency: documentsRanked,
    baseline: { measure: 'documents, newest 20 by date (stored column)', latency: documentsBefore },
    ratio: ratio(documentsRanked.p95, documentsBefore.p95),
    target: { text: target.text, withinTarget: within(documentsRanked.p95) },
  });

  return {
    lines,
    details: {
      terms: searchTerms,
      matchesPerTerm: matches,
      p50PerTerm: perTermP50,
      matchesSql,
      planOfMatches: await args.planSummary(sql, matchesSql, params),
      planBefore: await args.planSummary(sql, dateOrderedQueries.activities, [searchTerms[0]]),
      documents: {
        ranked: rankedDocumentsQuery,
        dateOrdered: dateOrderedQueries.documents,
        planRanked: await args.planSummary(sql, rankedDocumentsQuery, [searchTerms[0]]),
      },
    },
  };
}
