import { type Actor, operator } from '../../core/access/actor.ts';
import { buildOverview } from '../../core/overview/overview.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { activityCountQueries, readOverview } from '../../db/overview/overview.queries.ts';
import { referenceDay } from '../bench-data-set.ts';
import { candidateActivityTallies } from '../indexes.ts';
import { measure, ratio, type Latency } from '../measure.ts';
import { planSummary, type SqlClient } from '../sql.ts';
import { rawOf } from './queries.workload.ts';

/**
 * W1: the overview page's aggregate as its loader runs it (readOverview + buildOverview): the
 * lists of what needs attention and the counts of partnerships, activities and measures, for a
 * coordinator (every activity) and for a reader of the ministry with the most restricted
 * activities (the visibility condition applies). Baseline: the three activity count queries
 * alone on the raw driver. Candidate: the counts from summary tables kept by triggers
 * (`candidateActivityTallies`), checked against the product's counts before and after writes.
 */
export async function overviewWorkload(args: {
  handle: DatabaseHandle;
  sql: SqlClient;
  durationSeconds: number;
  target: string;
}) {
  const { handle, sql, durationSeconds } = args;
  const timed = (run: () => Promise<unknown>) => measure(run, { durationSeconds });
  const [owner] = await sql.query<{ id: number; n: number }>(
    `select organiser_id as id, count(*)::int as n from activities where visibility = 'restricted' and organiser_id is not null
     group by 1 order by 2 desc, 1 limit 1`,
  );
  const coordinator = operator('bench');
  const reader: Actor = { kind: 'user', userId: 0, label: 'bench', role: 'reader', organisationId: owner!.id };
  const overview = async (actor: Actor) =>
    buildOverview(await readOverview(handle.db, actor, referenceDay), actor, referenceDay);

  const asCoordinator = await timed(() => overview(coordinator));
  const asReader = await timed(() => overview(reader));
  const rawCounts = (actor: Actor) => Object.values(activityCountQueries(handle.db, actor)).map((q) => rawOf(sql, q));
  const countsRaw = rawCounts(coordinator);
  const countsAlone = await timed(() => Promise.all(countsRaw.map((q) => q.run())));
  const plans = await Promise.all(countsRaw.map((q) => planSummary(sql, q.text, q.params)));

  /** The product's counts as "dimension:value" → count, zeros left out. */
  const productCounts = async (actor: Actor) => {
    // The raw driver names the columns as the SQL does: status, kind, count; instrument_id or goal_id, count.
    const [byStatusAndKind, perInstrument, perGoal] = (await Promise.all(rawCounts(actor).map((q) => q.run()))) as [
      { status: string; kind: string; count: number | string }[],
      Record<string, number | string>[],
      Record<string, number | string>[],
    ];
    const out = new Map<string, number>();
    const add = (key: string, n: number | string | undefined) => out.set(key, (out.get(key) ?? 0) + Number(n));
    for (const r of byStatusAndKind) {
      add(`status:${r.status}`, r.count);
      add(`kind:${r.kind}`, r.count);
    }
    for (const r of perInstrument) add(`instrument:${r.instrument_id}`, r.count);
    for (const r of perGoal) add(`goal:${r.goal_id}`, r.count);
    return out;
  };
  const candidate = candidateActivityTallies;
  const fromSummary = async (organisation: number) => {
    const rows = await sql.query<{ dimension: string; value: string; count: number }>(candidate.query, [organisation]);
    return new Map(
      rows.filter((r) => Number(r.count) !== 0).map((r) => [`${r.dimension}:${r.value}`, Number(r.count)]),
    );
  };
  const same = (a: Map<string, number>, b: Map<string, number>) =>
    a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
  const matches = async () =>
    same(await productCounts(coordinator), await fromSummary(-1)) &&
    same(await productCounts(reader), await fromSummary(owner!.id));

  // One write as the register makes it: an activity with two links, a change of status, a delete.
  const [instrument] = await sql.query<{ id: number }>('select id from instruments order by id limit 1');
  const [goal] = await sql.query<{ id: number }>('select id from goals order by id limit 1');
  const write = async () => {
    const [row] = await sql.query<{ id: number }>(
      `insert into activities (kind, title, status, visibility, organiser_id, starts_on)
       values ('conference', 'bench write', 'planned', 'restricted', $1, '2026-12-01') returning id`,
      [owner!.id],
    );
    await sql.query('insert into activity_instruments (activity_id, instrument_id) values ($1, $2)', [
      row!.id,
      instrument!.id,
    ]);
    await sql.query('insert into activity_goals (activity_id, goal_id) values ($1, $2)', [row!.id, goal!.id]);
    await sql.query(`update activities set status = 'confirmed' where id = $1`, [row!.id]);
    await sql.query('delete from activities where id = $1', [row!.id]);
  };
  const writeWithout = await timed(write);

  let buildSeconds = 0;
  let summaryRows = 0;
  let coordinatorSummary: Latency;
  let readerSummary: Latency;
  let writeWith: Latency;
  let matchedBefore = false;
  let matchedAfterWrites = false;
  try {
    for (const statement of candidate.drop) await sql.query(statement);
    const started = performance.now();
    for (const statement of candidate.create) await sql.query(statement);
    buildSeconds = Math.round((performance.now() - started) / 10) / 100;
    const [rows] = await sql.query<{ n: number }>(
      `select (select count(*) from bench_candidate_activity_tally) + (select count(*) from bench_candidate_activity_link_tally) as n`,
    );
    summaryRows = Number(rows!.n);
    matchedBefore = await matches();
    coordinatorSummary = await timed(() => sql.query(candidate.query, [-1]));
    readerSummary = await timed(() => sql.query(candidate.query, [owner!.id]));
    writeWith = await timed(write);
    matchedAfterWrites = await matches();
  } finally {
    for (const statement of candidate.drop) await sql.query(statement);
  }
  const target = (latency: Latency) => ({
    text: `${args.target} (scale L, PostgreSQL)`,
    withinTarget: latency.p95 <= 50,
  });
  const countsBaseline = { measure: 'its three activity count queries alone (raw SQL)', latency: countsAlone };
  return {
    lines: [
      {
        measure: 'overview as a coordinator sees it (readOverview + buildOverview)',
        latency: asCoordinator,
        baseline: countsBaseline,
        ratio: ratio(asCoordinator.p95, countsAlone.p95),
        target: target(asCoordinator),
      },
      {
        measure: `overview as a reader of the ministry with most restricted activities (${owner!.n})`,
        latency: asReader,
        baseline: countsBaseline,
        ratio: ratio(asReader.p95, countsAlone.p95),
        target: target(asReader),
      },
      {
        measure: `candidate: the counts from trigger-kept summary tables, coordinator (raw SQL; same counts as the product: ${matchedBefore && matchedAfterWrites ? 'yes' : 'NO'})`,
        latency: coordinatorSummary,
        baseline: countsBaseline,
        ratio: ratio(coordinatorSummary.p95, countsAlone.p95),
        target: target(coordinatorSummary),
        notes: [
          `building the summary took ${buildSeconds} s (${summaryRows} rows)`,
          `same counts as the product's queries: ${matchedBefore} before, ${matchedAfterWrites} after the writes below`,
        ],
      },
      {
        measure: 'candidate: the same for the reader',
        latency: readerSummary,
        baseline: countsBaseline,
        ratio: ratio(readerSummary.p95, countsAlone.p95),
        target: target(readerSummary),
      },
      {
        measure: 'one write (insert with two links, status change, delete) with the summary triggers',
        latency: writeWith,
        baseline: { measure: 'the same write without them', latency: writeWithout },
        ratio: ratio(writeWith.p95, writeWithout.p95),
      },
    ],
    details: {
      today: referenceDay,
      readerOrganisationId: owner!.id,
      restrictedActivitiesOfReaderOrganisation: owner!.n,
      countQueries: countsRaw.map((q, i) => ({ sql: q.text, plan: plans[i] })),
      candidate: { ...candidate, buildSeconds, summaryRows, matchedBefore, matchedAfterWrites },
    },
  };
}
