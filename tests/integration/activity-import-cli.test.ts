import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { projectRoot } from '../../db/prepare.ts';
import * as t from '../../db/schema.ts';

const bin = join(projectRoot, 'bin', 'brueckenbauer.js');
let dir: string;
const cli = (args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const imported = async () => {
  const handle = await openDatabase({ dataDir: join(dir, 'data') });
  try {
    return (
      await handle.db.select({ title: t.activities.title }).from(t.activities).where(like(t.activities.title, 'CLI:%'))
    )
      .map((r) => r.title)
      .sort();
  } finally {
    await handle.close();
  }
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brueckenbauer-import-'));
  writeFileSync(
    join(dir, 'aktivitaeten.csv'),
    Buffer.from(
      [
        'Art;Titel;Beginn;Veranstalter;Status;Sichtbarkeit',
        'Messe;CLI: Messe in Posen;01.06.2027;SMWK;geplant;intern',
        'Messe;CLI: falsch;2027-13-01;SMWK;geplant;intern',
        'Konferenz;CLI: Tagung in Prag;2027;SK;bestätigt;öffentlich',
      ].join('\r\n'),
      'latin1',
    ),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brueckenbauer activities import', () => {
  const file = () => join(dir, 'aktivitaeten.csv');

  it('reports every bad row in a dry run, exits non-zero and writes nothing', async () => {
    const run = cli(['activities', 'import', file(), '--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('3 rows (CSV, windows-1252, separator ";"): 2 valid, 1 bad');
    expect(run.stdout).toContain(
      'row 3, column "Beginn": must be a date YYYY, YYYY-MM or YYYY-MM-DD (value "2027-13-01")',
    );
    expect(await imported()).toEqual([]);
  });

  it('imports all or nothing, and with --only-valid exactly the valid rows', async () => {
    const all = cli(['activities', 'import', file()]);
    expect(all.status).toBe(1);
    expect(all.stderr).toMatch(/1 of 3 rows are not valid; nothing was imported\. Use --only-valid/);
    expect(await imported()).toEqual([]);
    const valid = cli(['activities', 'import', file(), '--only-valid']);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain('imported 2 activities; skipped rows 3');
    expect(await imported()).toEqual(['CLI: Messe in Posen', 'CLI: Tagung in Prag']);
  });

  it('refuses a file it cannot read in one line', () => {
    writeFileSync(join(dir, 'alt.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
    const run = cli(['activities', 'import', join(dir, 'alt.xls'), '--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: The file cannot be imported: unsupported\./);
    expect(cli(['activities', 'import', join(dir, 'fehlt.csv')]).stderr).toMatch(/Cannot read .*fehlt\.csv: ENOENT/);
  });
});
