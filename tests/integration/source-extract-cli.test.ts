import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../db/prepare.ts';
import { pdfOf } from '../support/documents.ts';

const bin = join(projectRoot, 'bin', 'brueckenbauer.js');
const fixture = (name: string) => join(projectRoot, 'tests/extraction/fixtures', name);
let dataDir: string;

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'brueckenbauer-extract-'));
  // The command opens the register's database; migrating and seeding it once here keeps each test short.
  expect(cli(['db', 'migrate']).status).toBe(0);
  expect(cli(['db', 'seed']).status).toBe(0);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('brueckenbauer sources extract', () => {
  it('prints the facts of a press release as JSON, with the gazetteer of the seeded register', () => {
    const { status, stdout, stderr } = cli([
      'sources',
      'extract',
      fixture('hubei-2015-erklaerung.txt'),
      '--json',
      '--published',
      '2015-11-02',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const { facts } = JSON.parse(stdout) as { facts: Record<string, unknown>[] };
    const text = readFileSync(fixture('hubei-2015-erklaerung.txt'), 'utf8');
    expect(facts).toContainEqual(
      expect.objectContaining({
        type: 'agreement_signed',
        partner: { iso: 'CN-HB', name: 'Hubei' },
        date: '2015-11-02',
        endDate: null,
        confidence: expect.any(Number),
      }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ type: 'activity', activityKind: 'delegation_received', date: '2015-11-02' }),
    );
    for (const f of facts) {
      expect(text).toContain(f.quote);
      if (f.type !== 'activity') expect(f).not.toHaveProperty('activityKind');
    }
  });

  it('reads stdin for "-" and prints a table without --json', () => {
    const text = readFileSync(fixture('lebus-2023-15-jahre.txt'), 'utf8');
    const { status, stdout } = cli(['sources', 'extract', '-', '--published', '2023-11-23'], text);
    expect(status).toBe(0);
    expect(stdout).toMatch(/facts proposed/);
    expect(stdout).toMatch(/delegation_received/);
    expect(stdout).toMatch(/Lebuser Land \(PL-08\)/);
  });

  // One command per test: each start of the CLI takes several seconds on a busy machine.
  it('refuses an unknown file in one line naming it, with a non-zero exit', () => {
    const missing = cli(['sources', 'extract', join(dataDir, 'no-such.txt'), '--json']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim()).toMatch(/^error: .*no-such\.txt: cannot be read \(no such file\)$/);
  });

  it('refuses a publication date that is no date, naming --published', () => {
    const badDate = cli(['sources', 'extract', fixture('lazio-2021-mou.txt'), '--published', '2021-02-30']);
    expect(badDate.status).not.toBe(0);
    expect(badDate.stderr.trim()).toMatch(/^error: --published: "2021-02-30" is not a date/);
  });

  it('refuses an empty text', () => {
    const empty = join(dataDir, 'empty.txt');
    writeFileSync(empty, ' \n\n ');
    const blank = cli(['sources', 'extract', empty, '--json']);
    expect(blank.status).not.toBe(0);
    expect(blank.stderr.trim()).toMatch(/empty\.txt" contains no text/);
  });

  it('reads a PDF by its text layer, as the source library does, and refuses one that is damaged', async () => {
    const pdf = join(dataDir, 'release.pdf');
    writeFileSync(pdf, await pdfOf(readFileSync(fixture('lazio-2021-mou.txt'), 'utf8')));
    const read = cli(['sources', 'extract', pdf, '--json', '--published', '2021-10-04']);
    expect(read.stderr).toBe('');
    const facts = JSON.parse(read.stdout).facts as { type: string; partner: { iso: string } | null; date: string }[];
    expect(facts).toContainEqual(expect.objectContaining({ type: 'agreement_signed', date: '2021-10-04' }));
    const broken = join(dataDir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.7');
    const notRead = cli(['sources', 'extract', broken, '--json']);
    expect(notRead.status).not.toBe(0);
    expect(notRead.stderr).toMatch(/broken\.pdf/);
  });
});
