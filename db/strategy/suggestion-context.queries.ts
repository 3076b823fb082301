import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { SuggestionActivity, SuggestionStrategy } from '../../core/strategy/suggest-links.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { currentStrategyVersionId } from './strategy.queries.ts';

export interface SuggestionContext {
  strategy: SuggestionStrategy;
  /** English titles of goals and instruments, by key and numeral. */
  titlesEn: Map<string, string>;
  /** Per partnership key: its kind and places (with their country's German name). */
  partnerships: Map<string, NonNullable<SuggestionActivity['partnership']>>;
  /** Per sector key: its German name. */
  sectors: Map<string, string>;
}

/** What the suggestion of strategy links reads: the current strategy's wording, the partnerships' places, the sectors. */
export async function suggestionContext(db: Executor): Promise<SuggestionContext> {
  const inCurrent = (c: AnyPgColumn) => eq(c, currentStrategyVersionId);
  const [goals, instruments, measures, focus, places, countries, sectors] = await Promise.all([
    db
      .select({ key: t.goals.key, title: t.goals.title, titleEn: t.goals.titleEn })
      .from(t.goals)
      .where(inCurrent(t.goals.strategyVersionId))
      .orderBy(asc(t.goals.position)),
    db
      .select({ numeral: t.instruments.numeral, title: t.instruments.title, titleEn: t.instruments.titleEn })
      .from(t.instruments)
      .where(inCurrent(t.instruments.strategyVersionId))
      .orderBy(asc(t.instruments.position)),
    db
      .select({ key: t.measures.key, instrument: t.instruments.numeral, text: t.measures.text })
      .from(t.measures)
      .innerJoin(t.instruments, eq(t.instruments.id, t.measures.instrumentId))
      .where(inCurrent(t.measures.strategyVersionId))
      .orderBy(asc(t.measures.key)),
    db
      .select({ field: t.focusDesignations.field, iso: t.places.iso3166_1, label: t.focusDesignations.label })
      .from(t.focusDesignations)
      .innerJoin(t.places, eq(t.places.id, t.focusDesignations.placeId))
      .where(and(inCurrent(t.focusDesignations.strategyVersionId), isNotNull(t.places.iso3166_1))),
    db
      .select({
        key: t.partnerships.key,
        kind: t.partnerships.kind,
        iso: t.places.iso3166_2,
        country: t.places.iso3166_1,
        name: t.places.nameDe,
      })
      .from(t.partnerships)
      .leftJoin(t.partnershipPlaces, eq(t.partnershipPlaces.partnershipId, t.partnerships.id))
      .leftJoin(t.places, eq(t.places.id, t.partnershipPlaces.placeId)),
    db
      .select({ iso: t.places.iso3166_1, name: t.places.nameDe })
      .from(t.places)
      .where(eq(t.places.kind, 'country')),
    db.select({ key: t.sectors.key, name: t.sectors.nameDe }).from(t.sectors),
  ]);
  const countryName = new Map(countries.map((c) => [c.iso, c.name]));
  const partnerships = new Map<string, NonNullable<SuggestionActivity['partnership']>>();
  for (const p of places) {
    const entry = partnerships.get(p.key) ?? { kind: p.kind, places: [] };
    partnerships.set(p.key, entry);
    if (p.name === null) continue;
    const country = p.country ? (countryName.get(p.country) ?? null) : null;
    entry.places.push({ iso: p.iso ?? p.country, name: p.name, country: country === p.name ? null : country });
  }
  return {
    titlesEn: new Map([...goals.map((g) => [g.key, g.titleEn] as const), ...instruments.map((i) => [i.numeral, i.titleEn] as const)]),
    strategy: { goals, instruments, measures, focus: focus.map((f) => ({ ...f, iso: f.iso! })) },
    partnerships,
    sectors: new Map(sectors.map((s) => [s.key, s.name])),
  };
}
