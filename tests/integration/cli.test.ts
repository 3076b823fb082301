import { randomUUID } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../db/prepare.ts';

const bin = join(projectRoot, 'bin', 'brueckenbauer.js');
let dataDir: string;

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'brueckenbauer-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the brueckenbauer CLI on the embedded database', () => {
  it('migrates and seeds a new data directory', () => {
    const migrate = cli(['db', 'migrate']);
    expect(migrate.stdout).toMatch(/migrations applied \(pglite\)/);
    const seed = cli(['db', 'seed']);
    expect(seed.status).toBe(0);
    expect(seed.stdout).toMatch(/register: seeded/);
    expect(cli(['db', 'seed']).stdout).toMatch(/register: already-present/);
  });

  it('prints the strategy as JSON: goals, instruments with numeral, title and cited measures', () => {
    const { status, stdout } = cli(['strategy', 'show', '--json']);
    expect(status).toBe(0);
    const s = JSON.parse(stdout);
    expect(s.goals).toHaveLength(6);
    expect(s.instruments.map((i: { numeral: string }) => i.numeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
    ]);
    for (const i of s.instruments) {
      expect(i.title).toBeTruthy();
      for (const m of i.measures) {
        expect(m).toMatchObject({
          text: expect.any(String),
          commitment: expect.stringMatching(/^(sollen|koennten|werden)$/),
          citation: { source: 'strategie-2025' },
        });
      }
    }
  });

  it('lists partnerships as JSON with places, since, agreements and citations', () => {
    const list = JSON.parse(cli(['partnerships', 'list', '--json']).stdout);
    const lazio = list.find((p: { places: { iso: string }[] }) => p.places.some((pl) => pl.iso === 'IT-62'));
    expect(lazio).toMatchObject({
      name: expect.stringContaining('Latium'),
      kind: 'regional',
      status: 'active',
      since: '2016-10-18',
    });
    expect(lazio.agreements).toContainEqual(
      expect.objectContaining({ kind: 'memorandum_of_understanding', signedOn: '2021-10-04', expiresOn: '2026-10-04' }),
    );
    expect(lazio.citations.length).toBeGreaterThan(0);
    const dormant = JSON.parse(cli(['partnerships', 'list', '--status', 'dormant', '--json']).stdout);
    expect(dormant.map((p: { key: string }) => p.key)).toEqual(expect.arrayContaining(['tatarstan', 'st-petersburg']));
  });

  it('prints readable tables and one partnership by ISO code', () => {
    const table = cli(['partnerships', 'list', '--status', 'dormant']).stdout;
    expect(table).toContain('Tatarstan');
    expect(table).toMatch(/3 partnerships, 0 active/);
    const show = cli(['partnerships', 'show', 'UA-63']);
    expect(show.stdout).toMatch(/Charkiw/);
    expect(show.stdout).toMatch(/declaration_of_intent/);
  });

  it('changes a status through the lifecycle, and refuses what the lifecycle does not allow', () => {
    const quote =
      'Prüfung einer möglichen Reaktivierung der Partnerschaften mit russischen Regionen, sobald es die Rahmenbedingungen zulassen';
    const args = (to: string) => [
      'partnerships',
      'set-status',
      'RU-BA',
      '--to',
      to,
      '--on',
      '2026-11',
      '--reason',
      'Beschluss',
      '--source',
      'strategie-2025',
      '--locator',
      'II), Maßnahme 9',
      '--quote',
      quote,
    ];
    const refused = cli(args('under_examination'));
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/^error: A partnership cannot go from dormant to under_examination/);
    const done = cli(args('active'));
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/baschkortostan: dormant → active \(effective 2026-11\)/);
    expect(JSON.parse(cli(['partnerships', 'show', 'RU-BA', '--json']).stdout).status).toBe('active');
  });

  it('runs a whole demo Leitlinien-Check on the seeded register, once', () => {
    const first = cli(['demo', 'evaluation']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Leitlinien-Check 2026 \(Demonstration\) – closed/);
    expect(first.stdout.match(/Demo account demo\.bewertung\.\w+@demo\.brueckenbauer\.invalid/g)).toHaveLength(3);
    const again = cli(['demo', 'evaluation', '--json', '--report', join(dataDir, 'bericht')]);
    expect(again.status).toBe(0);
    const { round, results, report } = JSON.parse(again.stdout);
    expect(report.map((path: string) => path.split('/').at(-1))).toEqual([
      expect.stringMatching(/^Bericht-demo-leitlinien-check-\d{4}-\d{2}-\d{2}\.docx$/),
      expect.stringMatching(/\.pdf$/),
    ]);
    expect(readFileSync(report[0]).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(report[1]).subarray(0, 5).toString()).toBe('%PDF-');
    expect(round).toMatchObject({ key: 'demo-leitlinien-check', status: 'closed' });
    // 13 partnerships: the regional and cross-border ones incl. the three dormant, no candidates.
    expect(results.partnerships).toHaveLength(13);
    expect(results.partnerships.at(-1).partnership).toMatch(/st-petersburg|tatarstan|baschkortostan/);
    expect(results.submittedScores).toBe(3 * 13 * 11);
    expect(results.robustness.samples).toBe(10000);
  });

  it('answers bad input with one line on stderr and a non-zero exit', () => {
    const missing = cli(['partnerships', 'show', 'atlantis']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim()).toBe('error: Partnership "atlantis" does not exist.');
    const badStatus = cli(['partnerships', 'list', '--status', 'sleeping']);
    expect(badStatus.status).not.toBe(0);
    expect(badStatus.stderr).toMatch(/--status/);
    const badConfig = cli(['partnerships', 'list'], { PORT: 'eighty' });
    expect(badConfig.status).not.toBe(0);
    expect(badConfig.stderr.trim()).toMatch(/^error: Configuration: PORT/);
  });
});

describe('the brueckenbauer CLI on PostgreSQL (DATABASE_URL)', () => {
  const name = `cli_${randomUUID().replace(/-/g, '')}`;
  let url: string;
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    url = inject('postgresUrl').replace(/\/postgres$/, `/${name}`);
  });

  it('migrates, seeds and lists from the server', () => {
    const list = cli(['partnerships', 'list', '--json'], { DATABASE_URL: url });
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(24);
    expect(cli(['db', 'migrate'], { DATABASE_URL: url }).stdout).toMatch(/\(postgresql\)/);
  });
});

describe('serve', () => {
  it('serves pages and API on localhost, and keeps the data across a restart', async () => {
    const port = 3900 + Math.floor(Math.random() * 900);
    const start = () => {
      const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' },
      });
      const ready = new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Server listening')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      return { child, ready };
    };
    for (let round = 0; round < 2; round++) {
      const { child, ready } = start();
      await ready;
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Partnerschaften nach Status');
      const api = await (await fetch(`http://127.0.0.1:${port}/api/v1/partnerships?status=dormant`)).json();
      expect(api.counts.active).toBe(0);
      expect(api.counts.total).toBeGreaterThan(0);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
