import type { PlaceKind } from '../../shared/vocabulary.ts';
import type { Gazetteer, GazetteerOrganisation, GazetteerPlace } from '../fact.ts';

/** A place as the register (or the seed file) holds it: what the gazetteer is built from. */
export interface PlaceRecord {
  key: string;
  kind: PlaceKind;
  iso3166_1: string | null;
  iso3166_2: string | null;
  parentKey: string | null;
  names: { de: string; en: string; local: string };
  aliases: string[];
  point: { lat: number; lon: number } | null;
}

/** An organisation as the register holds it. */
export interface OrganisationRecord {
  key: string;
  kind: string;
  name: string;
  nameEn: string | null;
  abbreviation: string | null;
}

const samePoint = (a: PlaceRecord['point'], b: PlaceRecord['point']) =>
  !!a && !!b && Math.abs(a.lat - b.lat) < 0.01 && Math.abs(a.lon - b.lon) < 0.01;

/**
 * The gazetteer of the register: every place with its names in German, English and the local
 * language and its aliases (older names, adjectives), and every organisation by name and
 * abbreviation. A region's capital is the city whose parent it is and that lies on the region's
 * point (places.yaml puts a region's point on the seat of its government).
 */
export function buildGazetteer(places: PlaceRecord[], organisations: OrganisationRecord[]): Gazetteer {
  const byKey = new Map(places.map((p) => [p.key, p]));
  const gazetteerPlaces: GazetteerPlace[] = places.map((p) => {
    const capitals = places.filter(
      (c) => c.kind === 'city' && c.parentKey === p.key && p.kind === 'region' && samePoint(c.point, p.point),
    );
    const names = unique([p.names.de, p.names.en, p.names.local, ...p.aliases]);
    return {
      key: p.key,
      kind: p.kind,
      iso: p.iso3166_2 ?? (p.kind === 'country' ? p.iso3166_1 : null),
      country: p.iso3166_1 ?? countryOf(p, byKey),
      names,
      ...(capitals.length
        ? { capitalNames: unique(capitals.flatMap((c) => [c.names.de, c.names.en, c.names.local, ...c.aliases])) }
        : {}),
      parentKey: p.parentKey,
    };
  });
  const gazetteerOrganisations: GazetteerOrganisation[] = organisations.map((o) => ({
    key: o.key,
    names: unique([o.name, o.nameEn, o.abbreviation].filter((n): n is string => !!n)),
    saxonMinistry: o.kind === 'ministry' || o.kind === 'state_chancellery',
  }));
  return { places: gazetteerPlaces, organisations: gazetteerOrganisations };
}

function countryOf(place: PlaceRecord, byKey: Map<string, PlaceRecord>): string | null {
  for (let p: PlaceRecord | undefined = place; p; p = p.parentKey ? byKey.get(p.parentKey) : undefined) {
    if (p.iso3166_1) return p.iso3166_1;
  }
  return null;
}

const unique = (names: string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];

/** The register's own names: words the OCR repair keeps (and restores) even where the dictionary lacks them. */
export const gazetteerNames = (gazetteer: Gazetteer): string[] => [
  ...gazetteer.places.flatMap((p) => [...p.names, ...(p.capitalNames ?? [])]),
  ...gazetteer.organisations.flatMap((o) => o.names),
];
