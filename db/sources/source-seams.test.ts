import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator } from '../../core/access/actor.ts';
import { prepareSource } from '../../core/sources/prepare-source.ts';
import { createTestDatabase } from '../../tests/setup/test-database.ts';
import { testClock } from '../../tests/support/clock.ts';
import type { DatabaseHandle, Executor } from '../client.ts';
import { loadGazetteer } from './gazetteer.queries.ts';
import { gazetteerOnce, storeSource } from './source-seams.ts';

const release = (n: number) =>
  `Sachsen und Lazio vertiefen ihre Zusammenarbeit (Nr. ${n})\n\nDresden (${n}. Mai 2025) – Eine Delegation aus Lazio besuchte am ${n}. Mai 2025 Dresden.`;

describe('a run of documents (one archive)', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
  });
  afterAll(() => handle?.close());

  it('builds the gazetteer once for all its documents, and again for the next run', async () => {
    let builds = 0;
    const counted = (db: Executor) => {
      builds++;
      return loadGazetteer(db);
    };
    const add = async (n: number, gazetteer: ReturnType<typeof gazetteerOnce>) => {
      const source = await prepareSource(
        {
          upload: { fileName: `pm-${n}.txt`, content: new TextEncoder().encode(release(n)) },
          input: { kind: 'press_release' },
        },
        testClock.today(),
      );
      return storeSource(handle.db, operator('test'), testClock.now(), source, gazetteer);
    };
    const run = gazetteerOnce(counted);
    const added = [await add(1, run), await add(2, run), await add(3, run)];
    expect(added.map((a) => a.status)).toEqual(['added', 'added', 'added']);
    // The gazetteer served all three: each found Lazio and queued its facts.
    expect(added.every((a) => a.status === 'added' && a.candidates > 0)).toBe(true);
    expect(builds).toBe(1);
    await add(4, gazetteerOnce(counted));
    expect(builds).toBe(2);
  });
});
