import { Presets, SingleBar } from 'cli-progress';
import type { DatabaseHandle } from '../db/client.ts';
import { createRandom } from './rng.ts';
import { inBulkTransaction, rawClient, type SqlClient } from './sql.ts';
import { scales, type Scale } from './bench-data-set.ts';
import { readReference } from './bench-reference.ts';
import { generateOrganisations } from './generate-organisations.ts';
import { generatePartnerships } from './generate-partnerships.ts';
import { generateActivities } from './generate-activities.ts';
import { generateDocuments } from './generate-documents.ts';

export interface GenerateResult {
  scale: Scale;
  seed: number;
  engine: DatabaseHandle['engine'];
  rows: Record<string, number>;
  seconds: { total: number; load: number; analyse: number };
}
/** Counts of bench rows already in the database. */
export async function countBenchRows(sql: SqlClient): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `select ((select count(*) from activities where key like 'bench-%') + (select count(*) from organisations where key like 'bench-%')
      + (select count(*) from partnerships where key like 'bench-%') + (select count(*) from source_documents where key like 'bench-%'))::int as n`,
  );
  return row!.n;
}

/** Removes every generated row (and nothing of the sourced register). */
export async function removeBenchRows(handle: DatabaseHandle): Promise<void> {
  const sql = rawClient(handle);
  for (const statement of [
    `delete from citations where activity_id in (select id from activities where key like 'bench-%')
       or source_document_id in (select id from source_documents where key like 'bench-%')`,
    `delete from activities where key like 'bench-%'`,
    `delete from source_documents where key like 'bench-%'`,
    `delete from partnership_status_changes where partnership_id in (select id from partnerships where key like 'bench-%')`,
    `delete from partnerships where key like 'bench-%'`,
    `delete from organisations where key like 'bench-%'`,
  ])
    await sql.query(statement);
}

/**
 * Fills the (migrated and seeded) database with a deterministic data set: the same scale and seed
 * give the same rows. Rows are built in memory batch by batch and loaded with COPY.
 */
export async function generate(
  handle: DatabaseHandle,
  options: { scale: Scale; seed: number; progress?: boolean },
): Promise<GenerateResult> {
  const started = performance.now();
  const size = scales[options.scale];
  const random = createRandom(options.seed);
  const sql = rawClient(handle);
  if ((await countBenchRows(sql)) > 0)
    throw new Error('the database already holds generated rows (keys "bench-…"); use --replace to generate anew');

  const ref = await readReference(sql);
  const rows: Record<string, number> = {};
  const totalUnits = size.organisations + size.activities + size.documents;
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'bench generate {scale} [{bar}] {percentage}% | {phase} | {eta_formatted} left',
      hideCursor: true,
      noTTYOutput: false,
    },
    Presets.shades_classic,
  );
  if (options.progress !== false) bar.start(totalUnits, 0, { scale: options.scale, phase: 'organisations' });

  const loadStarted = performance.now();
  await inBulkTransaction(handle, async (tx) => {
    const step = { tx, random, ref, size, rows, bar };
    const orgs = await generateOrganisations(step);
    const partnerships = await generatePartnerships(step);
    await generateActivities(step, partnerships, orgs);
    await generateDocuments(step, partnerships, orgs);

    for (const table of [
      'organisations',
      'partnerships',
      'partnership_status_changes',
      'activities',
      'source_documents',
      'citations',
    ])
      await tx.query(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  });
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  bar.update(totalUnits, { phase: 'analyse' });
  const analyseStarted = performance.now();
  await sql.query('analyze');
  const analyseSeconds = (performance.now() - analyseStarted) / 1000;
  bar.stop();
  return {
    scale: options.scale,
    seed: options.seed,
    engine: handle.engine,
    rows,
    seconds: {
      total: round((performance.now() - started) / 1000),
      load: round(loadSeconds),
      analyse: round(analyseSeconds),
    },
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
