import type { Random } from './rng.ts';

/** Word lists for the generated register; the strategy's own wording is read from the database. */

export const saxonCities = [
  'Dresden',
  'Leipzig',
  'Chemnitz',
  'Zwickau',
  'Plauen',
  'Görlitz',
  'Freiberg',
  'Bautzen',
  'Pirna',
  'Meißen',
  'Freital',
  'Riesa',
  'Radebeul',
  'Hoyerswerda',
  'Grimma',
  'Zittau',
  'Döbeln',
  'Annaberg-Buchholz',
  'Torgau',
  'Delitzsch',
  'Mittweida',
  'Aue',
  'Weißwasser',
  'Kamenz',
  'Löbau',
  'Glauchau',
  'Markkleeberg',
  'Borna',
  'Werdau',
  'Limbach-Oberfrohna',
  'Coswig',
  'Reichenbach',
  'Crimmitschau',
  'Oschatz',
  'Marienberg',
] as const;

export const fields = [
  'Mikroelektronik',
  'Halbleitertechnik',
  'Wasserstofftechnologie',
  'Künstliche Intelligenz',
  'Werkstofftechnik',
  'Leichtbau',
  'Umweltforschung',
  'Wasserwirtschaft',
  'Energiespeicher',
  'Photonik',
  'Biotechnologie',
  'Medizintechnik',
  'Verkehrsforschung',
  'Materialforschung',
  'Kulturerbe',
  'Bergbaufolgelandschaften',
  'Kreislaufwirtschaft',
  'Digitalisierung der Verwaltung',
  'Berufliche Bildung',
  'Lebensmittelsicherheit',
] as const;

export const fairs = [
  ['Hannover Messe', 'Hannover'],
  ['SEMICON Europa', 'München'],
  ['productronica', 'München'],
  ['Intersolar Europe', 'München'],
  ['Internationale Grüne Woche', 'Berlin'],
  ['ITB', 'Berlin'],
  ['EXPO REAL', 'München'],
  ['Leipziger Buchmesse', 'Leipzig'],
  ['Intec', 'Leipzig'],
  ['Z – Die Zuliefermesse', 'Leipzig'],
  ['bauma', 'München'],
  ['MEDICA', 'Düsseldorf'],
  ['SEMICON West', 'San Francisco'],
  ['CES', 'Las Vegas'],
  ['Mobile World Congress', 'Barcelona'],
  ['Polagra', 'Poznań'],
  ['Amper', 'Brno'],
  ['MSV', 'Brno'],
  ['Expo Milano Industria', 'Mailand'],
  ['Arab Health', 'Dubai'],
] as const;

export const aidGoods = [
  'Stromgeneratoren',
  'Medizinische Geräte',
  'Feuerwehrfahrzeuge',
  'Wasseraufbereitungsanlagen',
  'Schulmaterial',
  'Krankenhausbetten',
  'Baumaterial für den Wiederaufbau',
  'Notunterkünfte',
] as const;

export const surnames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Lehmann',
  'Köhler',
  'Herrmann',
  'Walter',
] as const;

export const connectives = [
  'Im Mittelpunkt stand',
  'Schwerpunkt der Gespräche war',
  'Die Teilnehmenden erörterten',
  'Vereinbart wurde',
  'Erörtert wurden Möglichkeiten für',
  'Beide Seiten bekräftigten das Interesse an',
  'Ein Ergebnis ist',
  'Gesprochen wurde zudem über',
  'Die Delegation informierte sich über',
  'Geplant ist',
] as const;

export const closings = [
  'Die Ergebnisse fließen in die Arbeit der Interministeriellen Arbeitsgruppe „Internationales“ ein.',
  'Ein Folgetreffen ist für das kommende Jahr vorgesehen.',
  'Die Kosten wurden aus Mitteln des Landeshaushalts getragen.',
  'Die Maßnahme steht unter dem Vorbehalt des Haushaltsgesetzgebers.',
  'Ein Ergebnisvermerk liegt der Staatskanzlei vor.',
  'Die Partner vereinbarten, den Austausch von Fachkräften und Auszubildenden zu vertiefen.',
  'Die Veranstaltung wurde gemeinsam mit der Wirtschaftsförderung Sachsen vorbereitet.',
  'Die Presse berichtete über den Termin.',
  'Die Zusammenarbeit mit den Hochschulen und Forschungseinrichtungen soll ausgebaut werden.',
  'Ansprechpartner in den Ressorts wurden benannt.',
] as const;

/** A German sentence ending in a full stop, from a phrase that may lack one. */
export const sentence = (text: string) => {
  const t = text.trim().replace(/[;,]$/, '');
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

/** A short topic phrase: a sector or research field. */
export const topic = (random: Random, sectors: readonly string[]) =>
  random.chance(0.5) ? random.pick(sectors) : random.pick(fields);
