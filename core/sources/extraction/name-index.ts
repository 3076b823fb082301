import type { Gazetteer, GazetteerOrganisation, GazetteerPlace } from '../fact.ts';

/** A place named in the text: by a name, an adjective ("tschechisch") or its capital ("Wuhan"). */
export interface PlaceMention {
  at: number;
  end: number;
  text: string;
  place: GazetteerPlace;
  via: 'name' | 'adjective' | 'capital';
}

export interface OrganisationMention {
  at: number;
  end: number;
  text: string;
  organisation: GazetteerOrganisation;
}

interface Entry {
  place: GazetteerPlace;
  via: PlaceMention['via'];
}

/** The compiled matchers of one gazetteer, built once and reused for every document. */
export interface NameIndex {
  places(text: string): PlaceMention[];
  organisations(text: string): OrganisationMention[];
  byKey: Map<string, GazetteerPlace>;
  /** Organisations by every name and abbreviation. */
  organisationsByName: Map<string, GazetteerOrganisation>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const L = '[\\p{L}\\p{N}]';
const isAdjective = (name: string) => /^\p{Ll}+isch$/u.test(name);
const kindRank = { region: 0, country: 1, city: 2, macro_region: 3 } as const;

/** "Tschechisch-" and "tschechischen": an adjective in any case ending, capitalised in compounds. */
function adjectivePattern(name: string): string {
  const first = name[0]!;
  return `[${first}${first.toUpperCase()}]${escape(name.slice(1))}(?:e[nmrs]?)?`;
}

function compile(gazetteer: Gazetteer): NameIndex {
  const entries = new Map<string, Entry[]>();
  const add = (name: string, entry: Entry) => {
    const key = name.toLowerCase();
    const list = entries.get(key) ?? [];
    if (!list.some((e) => e.place.key === entry.place.key)) list.push(entry);
    list.sort((a, b) => kindRank[a.place.kind] - kindRank[b.place.kind]);
    entries.set(key, list);
  };
  const patterns: string[] = [];
  for (const place of gazetteer.places) {
    for (const name of place.names) {
      if (name.length < 3) continue;
      add(name, { place, via: isAdjective(name) ? 'adjective' : 'name' });
      patterns.push(isAdjective(name) ? adjectivePattern(name) : `${escape(name)}s?`);
    }
    for (const name of place.capitalNames ?? []) add(name, { place, via: 'capital' });
  }
  patterns.sort((a, b) => b.length - a.length);
  const placeRegex = new RegExp(`(?<!${L})(?:${[...new Set(patterns)].join('|')})(?!${L})`, 'gu');

  const orgEntries = new Map<string, GazetteerOrganisation>();
  for (const org of gazetteer.organisations) for (const n of org.names) if (n.length >= 2) orgEntries.set(n, org);
  const orgNames = [...orgEntries.keys()].sort((a, b) => b.length - a.length).map(escape);
  const orgRegex = orgNames.length ? new RegExp(`(?<!${L})(?:${orgNames.join('|')})(?!${L})`, 'gu') : null;

  const lookup = (text: string): Entry | undefined => {
    const lower = text.toLowerCase();
    const candidates = [lower, lower.replace(/s$/, ''), lower.replace(/e[nmrs]?$/, '')];
    for (const c of candidates) {
      const list = entries.get(c);
      if (list?.length) {
        // A city that is a region's capital is itself a place too: the capital reading is kept
        // for the partner choice, the place itself wins the lookup.
        return list.find((e) => e.via !== 'capital') ?? list[0];
      }
    }
    return undefined;
  };
  const capitalOf = (text: string): GazetteerPlace | undefined =>
    entries.get(text.toLowerCase())?.find((e) => e.via === 'capital')?.place;

  return {
    byKey: new Map(gazetteer.places.map((p) => [p.key, p])),
    organisationsByName: orgEntries,
    places(text) {
      const found: PlaceMention[] = [];
      for (const m of text.matchAll(placeRegex)) {
        const entry = lookup(m[0]);
        if (!entry) continue;
        const capital = capitalOf(m[0]);
        const mention = { at: m.index, end: m.index + m[0].length, text: m[0] };
        found.push(capital ? { ...mention, place: capital, via: 'capital' } : { ...mention, ...entry });
      }
      return found;
    },
    organisations(text) {
      if (!orgRegex) return [];
      return [...text.matchAll(orgRegex)].map((m) => ({
        at: m.index,
        end: m.index + m[0].length,
        text: m[0],
        organisation: orgEntries.get(m[0])!,
      }));
    },
  };
}

const cache = new WeakMap<Gazetteer, NameIndex>();

/** The matchers for a gazetteer, compiled on first use and kept while the gazetteer lives. */
export function nameIndex(gazetteer: Gazetteer): NameIndex {
  let index = cache.get(gazetteer);
  if (!index) {
    index = compile(gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}
