import type { Gazetteer } from '../core/sources/fact.ts';
import type { Random } from './rng.ts';

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const pad = (n: number) => String(n).padStart(2, '0');

/** Paragraphs that carry no event: what press releases say around the news. */
const filler = [
  'Im Mittelpunkt der Gespräche standen die Zusammenarbeit in Wissenschaft, Wirtschaft und Kultur sowie der Austausch von Fachkräften.',
  'Beide Seiten würdigten die gewachsenen Beziehungen und vereinbarten, die Kontakte zwischen Hochschulen, Kammern und Kommunen weiter zu vertiefen.',
  '»Gerade in schwierigen Zeiten brauchen wir verlässliche Partner in Europa und darüber hinaus«, betonte der Minister.',
  'Weitere Informationen zur internationalen Zusammenarbeit des Freistaates Sachsen finden Sie unter internationales.sachsen.de.',
  'Die Region zählt rund vier Millionen Einwohner und ist ein wichtiger Standort der Automobil- und Zulieferindustrie.',
  'Auf dem Programm standen außerdem Gespräche mit Vertretern von Forschungseinrichtungen, ein Besuch eines Technologieparks und ein Empfang für Unternehmerinnen und Unternehmer beider Regionen.',
  'Die sächsische Wirtschaft exportierte im vergangenen Jahr Waren im Wert von mehreren hundert Millionen Euro in die Region; die Zahl der gemeinsamen Forschungsprojekte ist deutlich gestiegen.',
  'Schülerinnen und Schüler sowie Studierende beider Seiten nutzen die Austauschprogramme rege; zuletzt kamen mehr als 200 junge Menschen zu Begegnungen zusammen.',
  'Kontakt: Sächsische Staatskanzlei, Regierungssprecher, Telefon +49 351 564 10300, E-Mail presse@sk.sachsen.de',
];

/**
 * Press releases in the style of the State Chancellery's, about the gazetteer's foreign regions:
 * a dateline, a lead with one event (a signing, a trip, a received delegation, a working-group
 * meeting, an office opened), background with an anniversary or an earlier agreement, and
 * filler paragraphs, about 1,500 to 2,500 characters each. The same seed gives the same texts.
 */
export function pressReleases(random: Random, gazetteer: Gazetteer, count: number) {
  const regions = gazetteer.places.filter((p) => p.kind === 'region' && p.country !== 'DE');
  const out: { text: string; publishedOn: string; title: string }[] = [];
  for (let i = 0; i < count; i++) {
    const place = random.pick(regions);
    const name = place.names[0]!;
    const year = random.int(2005, 2026);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const publishedOn = `${year}-${pad(month)}-${pad(day)}`;
    const date = `${day}. ${MONTHS[month - 1]} ${year}`;
    const since = year - random.int(5, 25);
    const lead = random.pick([
      `Ministerpräsident und der Präsident der Region ${name} haben heute (${date}) in Dresden eine gemeinsame Erklärung zur Zusammenarbeit unterzeichnet.`,
      `Staatsminister für Wirtschaft reist heute mit einer Delegation aus Unternehmen und Hochschulen nach ${name}.`,
      `Am ${date} empfing der Chef der Staatskanzlei eine Delegation aus ${name} in der Sächsischen Staatskanzlei.`,
      `Am ${date} fand in Dresden die ${random.int(2, 30)}. Sitzung der Arbeitsgruppe Sachsen-${name} statt.`,
      `In Dresden wurde heute das Verbindungsbüro der Region ${name} eröffnet.`,
    ]);
    const background = random.pick([
      `Die Partnerschaft mit ${name} besteht seit ${since}.`,
      `Anlass ist das ${year - since}-jährige Bestehen der Partnerschaft.`,
      `Sachsen und ${name} hatten am ${random.int(1, 28)}. ${random.pick(MONTHS)} ${since} ihre Regionalpartnerschaft vereinbart.`,
    ]);
    const title = `Sachsen und ${name} vertiefen ihre Zusammenarbeit`;
    const body = [lead, random.pick(filler), background, ...random.sample(filler, random.int(6, 8))];
    out.push({
      title,
      publishedOn,
      text: `${title}\n\n${publishedOn.split('-').reverse().join('.')}\n\nDresden (${date}) – ${body.join('\n\n')}\n`,
    });
  }
  return out;
}
