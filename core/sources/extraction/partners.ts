import type { GazetteerPlace } from '../fact.ts';
import type { PlaceMention } from './name-index.ts';

/** Saxony and Germany are the register's own side, never a partner. */
export const isOwnSide = (place: GazetteerPlace) => place.country === 'DE' || place.iso === 'DE';

/** Words after a country's adjective that make it stand for the document's partner region: "die chinesische Provinz". */
const REGION_WORD =
  /^\s+(Provinz|Region|Partnerregion|Woiwodschaft|Wojewodschaft|Bezirk|Kreis|Oblast|Nachbarregion)(?!\s+\p{Lu})/u;

const rank = (p: PlaceMention) =>
  p.place.kind === 'region' || p.via === 'capital'
    ? 3
    : p.place.kind === 'country'
      ? 1
      : p.place.kind === 'city'
        ? 1
        : 0;

/**
 * The partner the document is about: the foreign place named most, regions weighing more than
 * countries, names in the title twice.
 */
export function mainPartner(
  mentions: PlaceMention[],
  titleEnd: number,
  countryOf: (place: GazetteerPlace) => GazetteerPlace | null,
): GazetteerPlace | null {
  const score = new Map<string, { place: GazetteerPlace; score: number; first: number }>();
  for (const m of mentions) {
    // A city that is no region's capital counts for its country ("Prag" for Czechia).
    const place = m.place.kind === 'city' && m.via !== 'capital' ? (countryOf(m.place) ?? m.place) : m.place;
    if (isOwnSide(place) || place.kind === 'macro_region') continue;
    const entry = score.get(place.key) ?? { place, score: 0, first: m.at };
    entry.score += rank(m) * (m.at < titleEnd ? 2 : 1);
    score.set(m.place.key, entry);
  }
  let best: { place: GazetteerPlace; score: number; first: number } | null = null;
  for (const e of score.values()) if (!best || e.score > best.score) best = e;
  return best?.place ?? null;
}

/**
 * The partners a sentence names, in the order it names them: per country its regions where it
 * names any ("in den Provinzen Québec, Alberta und British Columbia"), else the country. "Die
 * chinesische Provinz" stands for the document's partner region in China; a city for the
 * document's partner in its country, else for its country.
 */
export function partnersIn(
  mentions: PlaceMention[],
  text: string,
  main: GazetteerPlace | null,
  countryOf: (place: GazetteerPlace) => GazetteerPlace | null,
): GazetteerPlace[] {
  const groups = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    if (isOwnSide(m.place) || m.place.kind === 'macro_region') continue;
    let mention = m;
    if (
      main &&
      main.kind === 'region' &&
      m.place.kind === 'country' &&
      main.country === m.place.iso &&
      REGION_WORD.test(text.slice(m.end, m.end + 30))
    ) {
      mention = { ...m, place: main, via: 'name' };
    } else if (m.place.kind === 'city' && m.via !== 'capital') {
      // A city stands for the partner it lies in: "in Kyjiw" in a text on Kharkiv, "nach Warschau" for Poland.
      const partner = main && main.kind !== 'city' && main.country === m.place.country ? main : countryOf(m.place);
      if (partner && !isOwnSide(partner)) mention = { ...m, place: partner, via: 'name' };
    }
    const country = mention.place.country ?? mention.place.key;
    groups.set(country, [...(groups.get(country) ?? []), mention]);
  }
  const partners: GazetteerPlace[] = [];
  for (const group of groups.values()) {
    const best = Math.max(...group.map(rank));
    const chosen = best === 1 ? group.filter((g) => g.place.kind === 'country').slice(0, 1) : group;
    for (const g of (chosen.length ? chosen : group).filter((g) => rank(g) === best || best === 1)) {
      if (!partners.some((p) => p.key === g.place.key)) partners.push(g.place);
    }
  }
  return partners;
}
