import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator, PUBLIC } from '../../core/access/actor.ts';
import type { FacetSelection } from '../../core/search/facets.ts';
import { parseSearchQuery } from '../../core/search/search-query.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { searchRegister } from '../../db/search/search-register.queries.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { blankActivity, recordActivities } from '../support/activities.ts';

const base = blankActivity;

/** An activity that mentions Lazio many times in its description, never in its title. */
const MENTIONS_LAZIO = {
  ...base,
  title: 'Bericht über Delegationsreisen nach Italien',
  description: 'Lazio, Lazio, Lazio: Gespräche in Lazio über Lazio und die Region Lazio.',
};
/** Two activities on the same subject, the cancelled one matching the query more often. */
const LIVE = { ...base, title: 'Fachtagung Kreislaufwirtschaft in Dresden' };
const CANCELLED = {
  ...base,
  title: 'Fachtagung Kreislaufwirtschaft Kreislaufwirtschaft',
  description: 'Kreislaufwirtschaft, Kreislaufwirtschaft und nochmals Kreislaufwirtschaft.',
  status: 'cancelled' as const,
};
/** Says in two words what the measure VII-03 says in one. */
const SEPARATE = { ...base, title: 'Konferenz zu grünem Wasserstoff in Chemnitz' };
/** Only its ministry and the coordination see it. */
const RESTRICTED = {
  ...base,
  title: 'Vorbereitung der Wasserstoffkonferenz mit Partnern aus Übersee',
  visibility: 'restricted' as const,
};

describe.each(engines)('search for compounds, prefixes and ranking on %s', (engine) => {
  let handle: DatabaseHandle;
  const ids = {} as Record<'mentions' | 'live' | 'cancelled' | 'restricted' | 'separate' | 'signing', number>;

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    Object.assign(
      ids,
      await recordActivities(handle.db, {
        mentions: MENTIONS_LAZIO,
        live: LIVE,
        cancelled: CANCELLED,
        restricted: RESTRICTED,
        separate: SEPARATE,
      }),
    );
    const [signing] = await handle.db
      .select({ id: t.activities.id })
      .from(t.activities)
      .where(eq(t.activities.key, 'unterzeichnung-lazio-2021'));
    ids.signing = signing!.id;
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** The hits of a query, as "type:key", best first. */
  const hits = async (q: string, actor: Actor = PUBLIC, selection: FacetSelection = {}) => {
    const parsed = parseSearchQuery(q);
    if (!parsed.ok) throw new Error(`refused: ${q}`);
    const outcome = await searchRegister(handle.db, actor, { query: parsed.query, selection, page: 1 });
    expect(outcome.state, q).toBe('results');
    return outcome.state === 'results' ? outcome.hits.map((h) => `${h.type}:${h.key}`) : [];
  };

  describe('German compounds', () => {
    it('finds the measures on the Fachkräfteallianz, -förderung and -standortmarketing for "Fachkräfte"', async () => {
      const found = await hits('Fachkräfte', PUBLIC, { type: 'measure' });
      expect(found).toEqual(expect.arrayContaining(['measure:III-09', 'measure:III-11', 'measure:III-15']));
      // The same typed without umlauts.
      expect(await hits('Fachkraefte', PUBLIC, { type: 'measure' })).toEqual(expect.arrayContaining(found));
    });

    it('finds the measure "Internationale Wasserstoffkonferenz" for "Wasserstoff"', async () => {
      expect(await hits('Wasserstoff')).toContain('measure:VII-03');
      expect(await hits('wasserstoff Internationale')).toContain('measure:VII-03');
    });

    it('finds a compound the reader types where a record writes it as two words', async () => {
      const found = await hits('Wasserstoffkonferenz');
      expect(found).toEqual(expect.arrayContaining(['measure:VII-03', `activity:${ids.separate}`]));
      expect(found.indexOf('measure:VII-03')).toBeLessThan(found.indexOf(`activity:${ids.separate}`));
    });

    it('marks the compound the word begins in the snippet', async () => {
      const parsed = parseSearchQuery('Wasserstoff');
      if (!parsed.ok) throw new Error('refused');
      const outcome = await searchRegister(handle.db, PUBLIC, {
        query: parsed.query,
        selection: { type: 'measure' },
        page: 1,
      });
      if (outcome.state !== 'results') throw new Error(outcome.state);
      const hit = outcome.hits.find((h) => h.key === 'VII-03')!;
      expect(hit.snippet?.filter((s) => s.match).map((s) => s.text)).toEqual(['Wasserstoffkonferenz']);
    });

    it('keeps a phrase exact: "Wasserstoff" in quotes with another word does not match the compound', async () => {
      expect(await hits('"Internationale Wasserstoff"')).not.toContain('measure:VII-03');
    });
  });

  describe('prefixes as people type', () => {
    it('finds Lazio (Latium) for "Lazi" and "Lati"', async () => {
      expect(await hits('Lazi')).toContain('partnership:lazio');
      expect(await hits('Lati')).toContain('partnership:lazio');
      expect(await hits('Region Lazi')).toContain('partnership:lazio');
    });

    it('keeps a stem of two letters exact', async () => {
      // "la" as a prefix would match Lazio; as a word it matches nothing the register holds.
      expect(await hits('La')).not.toContain('partnership:lazio');
    });
  });

  describe('who finds what', () => {
    it('keeps a restricted activity invisible to the public, also through a prefix', async () => {
      expect(await hits('Wasserstoff')).not.toContain(`activity:${ids.restricted}`);
      expect(await hits('Wasserst')).not.toContain(`activity:${ids.restricted}`);
      expect(await hits('Wasserst', operator('test'))).toContain(`activity:${ids.restricted}`);
    });
  });

  describe('ranking', () => {
    it('puts the partnership above the activities that bear or mention its name', async () => {
      const found = await hits('Lazio');
      const partnership = found.indexOf('partnership:lazio');
      expect(partnership).toBeGreaterThanOrEqual(0);
      expect(partnership).toBeLessThan(found.indexOf(`activity:${ids.signing}`));
      expect(partnership).toBeLessThan(found.indexOf(`activity:${ids.mentions}`));
      // The activity that names Lazio in its title comes before the one that only mentions it, however often.
      expect(found.indexOf(`activity:${ids.signing}`)).toBeLessThan(found.indexOf(`activity:${ids.mentions}`));
    });

    it('puts a cancelled activity below a live one, however often it names the words', async () => {
      expect(await hits('Kreislaufwirtschaft Fachtagung', PUBLIC, { type: 'activity' })).toEqual([
        `activity:${ids.live}`,
        `activity:${ids.cancelled}`,
      ]);
    });
  });
});
