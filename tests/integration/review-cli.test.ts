import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase, projectRoot } from '../../db/prepare.ts';
import { testClock } from '../support/clock.ts';
import { queueTestCandidates } from '../support/queued-candidate.ts';

const bin = join(projectRoot, 'bin', 'brueckenbauer.js');
let dataDir: string;

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TEXT = `Medieninformation

Sachsen und Hubei unterzeichnen Absichtserklärung

Wuhan (17. November 2017) – Sachsen und die chinesische Provinz Hubei haben heute eine gemeinsame Absichtserklärung zur Zusammenarbeit unterzeichnet.`;
const QUOTE =
  'Sachsen und die chinesische Provinz Hubei haben heute eine gemeinsame Absichtserklärung zur Zusammenarbeit unterzeichnet.';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'brueckenbauer-review-cli-'));
  const { handle } = await prepareDatabase({ dataDir }, testClock);
  try {
    await queueTestCandidates(
      handle.db,
      {
        key: 'test-pm-hubei',
        title: 'Sachsen und Hubei unterzeichnen Absichtserklärung',
        publishedOn: '2017-11-17',
        text: TEXT,
      },
      [
        {
          type: 'agreement_signed',
          partner: { iso: 'CN-HB', name: 'Hubei' },
          date: '2017-11-17',
          endDate: null,
          quote: QUOTE,
          confidence: 0.8,
          agreementKind: 'Absichtserklärung',
        },
        {
          type: 'activity',
          activityKind: 'signing',
          partner: { iso: 'CN-HB', name: 'Hubei' },
          date: '2017-11-17',
          endDate: null,
          quote: QUOTE,
          confidence: 0.5,
        },
      ],
    );
  } finally {
    await handle.close();
  }
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Every command opens the embedded database from disk: a few seconds each on a busy machine. */
const SLOW = 180_000;
let ids: number[] = [];

describe('the review commands', () => {
  it(
    'list the queue as JSON',
    () => {
      const listed = cli(['review', 'list', '--json']);
      expect(listed.status, listed.stderr).toBe(0);
      const { items } = JSON.parse(listed.stdout) as {
        items: { id: number; source: string; status: string; fact: { type: string; date: string; quote: string } }[];
      };
      expect(items).toHaveLength(2);
      ids = items.map((c) => c.id);
      expect(items[0]).toMatchObject({
        source: 'test-pm-hubei',
        status: 'open',
        fact: { type: 'agreement_signed', date: '2017-11-17', quote: QUOTE },
      });
    },
    SLOW,
  );

  it(
    'accept an agreement: then on the partnership with its signing date and citation',
    () => {
      const [agreement] = ids;
      const accepted = cli(['review', 'accept', String(agreement)]);
      expect(accepted.status, accepted.stderr).toBe(0);
      expect(accepted.stdout).toMatch(/accepted → agreement:hubei-2017/);
      const shown = JSON.parse(cli(['partnerships', 'show', 'hubei', '--json']).stdout);
      const signed = shown.agreements.find((a: { key: string }) => a.key === 'hubei-2017');
      expect(signed).toMatchObject({ signedOn: '2017-11-17', kind: 'declaration_of_intent' });
      expect(signed.citations[0]).toMatchObject({ source: 'test-pm-hubei', quote: QUOTE });
    },
    SLOW,
  );

  it(
    'reject only with a reason',
    () => {
      const [, activity] = ids;
      const refused = cli(['review', 'reject', String(activity), '--reason', ' ']);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/reason/);
      expect(
        cli(['review', 'reject', String(activity), '--reason', 'Die Unterzeichnung ist als Vereinbarung erfasst.'])
          .status,
      ).toBe(0);
      const after = JSON.parse(cli(['review', 'list', '--json', '--status', 'all']).stdout);
      expect(after.items.map((c: { status: string }) => c.status).sort()).toEqual(['accepted', 'rejected']);
      expect(cli(['review', 'accept', 'x1']).stderr).toMatch(/not a candidate id/);
    },
    SLOW,
  );
});
