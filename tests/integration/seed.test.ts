import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal.ts';
import type { Database, DatabaseHandle } from '../../db/client.ts';
import { openDatabase } from '../../db/client.ts';
import { prepareDatabase, projectRoot } from '../../db/prepare.ts';
import * as t from '../../db/schema.ts';
import { applySeed } from '../../db/seed/apply-seed.ts';
import { defaultSeedPaths, loadSeed, type SeedPaths } from '../../db/seed/load-seed.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';

const today = '2026-11-21';

/** A private copy of the seed and strategy files that a test may break. */
function copyOfSeedFiles(): SeedPaths & { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'brueckenbauer-seed-'));
  cpSync(join(projectRoot, 'db', 'seed'), join(root, 'db', 'seed'), {
    recursive: true,
    filter: (src) => !src.endsWith('.ts'),
  });
  cpSync(join(projectRoot, 'strategy'), join(root, 'strategy'), { recursive: true });
  return { root, ...defaultSeedPaths(root) };
}

function edit(path: string, change: (text: string) => string) {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit did not change ${path}`);
  writeFileSync(path, after);
}

const rowCount = async (db: Database, table: Parameters<Database['$count']>[0]) =>
  (await db.select({ n: count() }).from(table as typeof t.places))[0]!.n;

describe('the seed files', () => {
  it('are valid: shapes, references, status histories, and every quote found in its source', () => {
    const bundle = loadSeed(defaultSeedPaths(projectRoot), today);
    expect(bundle.strategies.map((s) => s.file.data.slug)).toContain('sachsen-2025');
  });

  it('name file, line, path and reason when a strategy file is malformed', () => {
    const files = copyOfSeedFiles();
    try {
      edit(files.strategyFiles[0]!, (text) => text.replace(/commitment: sollen/, 'commitment: vielleicht'));
      const error = refusal(() => loadSeed(files, today));
      expect(error.code).toBe('SEED_FILE_INVALID');
      expect(error.message).toMatch(
        /strategy\/sachsen-2025\.yaml:\d+:\d+ instruments\[2\]\.measures\[\d+\]\.commitment/,
      );
      expect(error.message).toMatch(/sollen/);
    } finally {
      rmSync(files.root, { recursive: true, force: true });
    }
  });

  it('refuse broken YAML, an unknown reference, an invented quote and an impossible status history', () => {
    const files = copyOfSeedFiles();
    const seed = (name: string) => join(files.seedDir, name);
    try {
      edit(seed('places.yaml'), (text) => `${text}\n- key: [unclosed\n`);
      expect(refusal(() => loadSeed(files, today)).message).toMatch(/places\.yaml:\d+:\d+/);
      cpSync(join(projectRoot, 'db/seed/places.yaml'), seed('places.yaml'));

      edit(seed('partnerships.yaml'), (text) => text.replace(/places: \[IT-62\]/, 'places: [IT-99]'));
      expect(refusal(() => loadSeed(files, today)).issues.map((i) => i.message)).toContain('unknown place "IT-99"');
      cpSync(join(projectRoot, 'db/seed/partnerships.yaml'), seed('partnerships.yaml'));

      edit(seed('partnerships.yaml'), (text) =>
        text.replace(
          /quote: "?Sachsen und die Region Lazio hatten am 18\. Oktober 2016 ihre Regionalpartnerschaft vereinbart\.?"?/,
          'quote: "Sachsen und Lazio sind seit jeher befreundet und feiern jedes Jahr gemeinsam."',
        ),
      );
      const invented = refusal(() => loadSeed(files, today));
      expect(
        invented.issues.some(
          (i) =>
            /partnerships\.yaml:\d+:\d+ .*quote/.test(i.field) && /not found in pm-2021-10-04-lazio/.test(i.message),
        ),
      ).toBe(true);
      cpSync(join(projectRoot, 'db/seed/partnerships.yaml'), seed('partnerships.yaml'));

      edit(seed('partnerships.yaml'), (text) => text.replace(/- status: dormant/, '- status: under_examination'));
      expect(
        refusal(() => loadSeed(files, today)).issues.some((i) =>
          /cannot go from active to under_examination/.test(i.message),
        ),
      ).toBe(true);
    } finally {
      rmSync(files.root, { recursive: true, force: true });
    }
  });
});

describe.each(engines)('seeding on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(engine, { seeded: false });
    await handle.migrate();
  });
  afterAll(async () => handle?.close());

  it('writes nothing at all when any write fails (one transaction)', async () => {
    const bundle = loadSeed(defaultSeedPaths(projectRoot), today);
    // A fault that only the database notices: an activity ending before it starts.
    const last = bundle.activities.data.at(-1)!;
    last.endsOn = '1900';
    await expect(applySeed(handle.db, bundle, testClock.now())).rejects.toThrow();
    for (const table of [
      t.sourceDocuments,
      t.places,
      t.organisations,
      t.partnerships,
      t.partnershipStatusChanges,
      t.citations,
      t.strategyVersions,
      t.measures,
      t.auditLog,
    ]) {
      expect(await rowCount(handle.db, table)).toBe(0);
    }
  });

  it('seeds once, then leaves the register alone', async () => {
    const bundle = loadSeed(defaultSeedPaths(projectRoot), today);
    expect(await applySeed(handle.db, bundle, testClock.now())).toEqual({
      register: 'seeded',
      strategies: [{ slug: 'sachsen-2025', result: 'loaded' }],
    });
    const citations = await rowCount(handle.db, t.citations);
    expect(await applySeed(handle.db, bundle, testClock.now())).toEqual({
      register: 'already-present',
      strategies: [{ slug: 'sachsen-2025', result: 'already-present' }],
    });
    expect(await rowCount(handle.db, t.citations)).toBe(citations);
  });

  it('keeps the audit log append-only', async () => {
    expect(await rowCount(handle.db, t.auditLog)).toBeGreaterThan(0);
    // The driver wraps the database's message; it is the cause.
    await expect(handle.db.execute(sql`update audit_log set action = 'forged'`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
    await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
  });
});

describe('the embedded database on disk', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is migrated and seeded on first start and keeps its data across a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'brueckenbauer-data-'));
    const first = await prepareDatabase({ dataDir: dir }, testClock);
    expect(first.seed.register).toBe('seeded');
    await first.handle.db.insert(t.sectors).values({ key: 'raumfahrt', nameDe: 'Raumfahrt', nameEn: 'Space' });
    await first.handle.close();

    const second = await prepareDatabase({ dataDir: dir }, testClock);
    expect(second.seed.register).toBe('already-present');
    const sectors = await second.handle.db.select({ key: t.sectors.key }).from(t.sectors);
    expect(sectors.map((s) => s.key)).toContain('raumfahrt');
    await second.handle.close();
  });

  it('opens an existing data directory without seeding when asked not to prepare', async () => {
    dir = mkdtempSync(join(tmpdir(), 'brueckenbauer-data-'));
    const handle = await openDatabase({ dataDir: dir });
    await handle.migrate();
    expect(await rowCount(handle.db, t.partnerships)).toBe(0);
    await handle.close();
  });
});
