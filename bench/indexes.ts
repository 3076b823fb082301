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
 * W1's candidate: the overview's activity counts kept ready in two summary tables that triggers
 * maintain in the writing transaction, so they are never stale — whatever writes (a use-case, an
 * import, an operator's SQL). Rows are counted per status, kind, visibility and, for restricted
 * activities only, organiser: every viewer's counts are a sum over a few rows. Created only in the
 * bench's own database (named "bench_candidate_…"), checked against the product's counts, measured
 * and dropped; `docs/adr/0010-overview-counts.md` has the migration it stands for.
 */
export const candidateActivityTallies = {
  create: [
    `create function bench_candidate_owner(v visibility, organiser integer) returns integer
      language sql immutable as $$ select case when v = 'restricted' then coalesce(organiser, 0) else 0 end $$`,
    `create table bench_candidate_activity_tally (
      status activity_status not null, kind activity_kind not null, visibility visibility not null,
      owner_id integer not null, n bigint not null,
      primary key (status, kind, visibility, owner_id))`,
    `create table bench_candidate_activity_link_tally (
      link char(1) not null, target_id integer not null, status activity_status not null,
      visibility visibility not null, owner_id integer not null, n bigint not null,
      primary key (link, target_id, status, visibility, owner_id))`,
    `insert into bench_candidate_activity_tally
      select status, kind, visibility, bench_candidate_owner(visibility, organiser_id), count(*)
      from activities group by 1, 2, 3, 4`,
    `insert into bench_candidate_activity_link_tally
      select 'i', l.instrument_id, a.status, a.visibility, bench_candidate_owner(a.visibility, a.organiser_id), count(*)
      from activity_instruments l join activities a on a.id = l.activity_id group by 1, 2, 3, 4, 5
      union all
      select 'g', l.goal_id, a.status, a.visibility, bench_candidate_owner(a.visibility, a.organiser_id), count(*)
      from activity_goals l join activities a on a.id = l.activity_id group by 1, 2, 3, 4, 5`,
    `create function bench_candidate_tally(a activities, d integer) returns void language sql as $$
      insert into bench_candidate_activity_tally
        values (a.status, a.kind, a.visibility, bench_candidate_owner(a.visibility, a.organiser_id), d)
        on conflict (status, kind, visibility, owner_id) do update set n = bench_candidate_activity_tally.n + excluded.n;
      insert into bench_candidate_activity_link_tally
        select 'i', instrument_id, a.status, a.visibility, bench_candidate_owner(a.visibility, a.organiser_id), d
        from activity_instruments where activity_id = a.id
        union all
        select 'g', goal_id, a.status, a.visibility, bench_candidate_owner(a.visibility, a.organiser_id), d
        from activity_goals where activity_id = a.id
        on conflict (link, target_id, status, visibility, owner_id)
        do update set n = bench_candidate_activity_link_tally.n + excluded.n $$`,
    // Before a delete (the links still exist); after an insert or a change of what is counted.
    `create function bench_candidate_activities_tally() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform bench_candidate_tally(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform bench_candidate_tally(new, 1); end if;
        return case tg_op when 'DELETE' then old else new end;
      end $$`,
    `create trigger bench_candidate_activities_insert after insert on activities
      for each row execute function bench_candidate_activities_tally()`,
    `create trigger bench_candidate_activities_update after update of status, kind, visibility, organiser_id on activities
      for each row when ((old.status, old.kind, old.visibility, old.organiser_id)
        is distinct from (new.status, new.kind, new.visibility, new.organiser_id))
      execute function bench_candidate_activities_tally()`,
    `create trigger bench_candidate_activities_delete before delete on activities
      for each row execute function bench_candidate_activities_tally()`,
    // A link row counts under its activity's status, visibility and owner. When the activity
    // itself is being deleted its trigger has already taken its links off.
    `create function bench_candidate_link_tally() returns trigger language plpgsql as $$
      declare
        row_data jsonb := to_jsonb(case tg_op when 'DELETE' then old else new end);
        is_instrument boolean := tg_table_name = 'activity_instruments';
        a activities;
      begin
        select * into a from activities where id = (row_data ->> 'activity_id')::int;
        if not found then return null; end if;
        insert into bench_candidate_activity_link_tally
          values (case when is_instrument then 'i' else 'g' end,
            (row_data ->> case when is_instrument then 'instrument_id' else 'goal_id' end)::int, a.status,
            a.visibility, bench_candidate_owner(a.visibility, a.organiser_id), case tg_op when 'DELETE' then -1 else 1 end)
          on conflict (link, target_id, status, visibility, owner_id)
          do update set n = bench_candidate_activity_link_tally.n + excluded.n;
        return null;
      end $$`,
    `create trigger bench_candidate_activity_instruments_tally after insert or delete on activity_instruments
      for each row execute function bench_candidate_link_tally()`,
    `create trigger bench_candidate_activity_goals_tally after insert or delete on activity_goals
      for each row execute function bench_candidate_link_tally()`,
    'analyze bench_candidate_activity_tally',
    'analyze bench_candidate_activity_link_tally',
  ],
  drop: [
    'drop trigger if exists bench_candidate_activities_insert on activities',
    'drop trigger if exists bench_candidate_activities_update on activities',
    'drop trigger if exists bench_candidate_activities_delete on activities',
    'drop trigger if exists bench_candidate_activity_instruments_tally on activity_instruments',
    'drop trigger if exists bench_candidate_activity_goals_tally on activity_goals',
    'drop function if exists bench_candidate_link_tally()',
    'drop function if exists bench_candidate_activities_tally()',
    'drop function if exists bench_candidate_tally(activities, integer)',
    'drop table if exists bench_candidate_activity_link_tally',
    'drop table if exists bench_candidate_activity_tally',
    'drop function if exists bench_candidate_owner(visibility, integer)',
  ],
  /**
   * The overview's counts from the summary, for a viewer: $1 = -1 for coordinators (everything),
   * otherwise the viewer's organisation (restricted activities of other organisations left out).
   */
  query: `with t as (
      select * from bench_candidate_activity_tally
      where $1::int < 0 or visibility <> 'restricted' or owner_id = $1::int),
    l as (
      select * from bench_candidate_activity_link_tally
      where status <> 'cancelled' and ($1::int < 0 or visibility <> 'restricted' or owner_id = $1::int))
    select 'status' as dimension, status::text as value, sum(n)::int as count from t group by status
    union all select 'kind', kind::text, sum(n)::int from t group by kind
    union all select case link when 'i' then 'instrument' else 'goal' end, target_id::text, sum(n)::int
      from l group by link, target_id
    order by 1, 2`,
} as const;
