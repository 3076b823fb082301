import { zipf, type Random } from './rng.ts';
import { csvRow } from './sql.ts';
import { aidGoods, closings, connectives, fairs, saxonCities, sentence, topic } from './bench-vocabulary.ts';
import { addDays, benchPrefix, isPast, pad, referenceYear } from './bench-data-set.ts';
import type { GenerationStep, Org, Partnership } from './bench-reference.ts';

const activityKindWeights = {
  working_group_meeting: 20,
  conference: 14,
  exchange: 14,
  fair: 11,
  delegation_trip: 10,
  delegation_received: 9,
  project: 9,
  training: 8,
  signing: 3,
  aid_delivery: 2,
} as const;
type ActivityKind = keyof typeof activityKindWeights;

const budgetMedianEuro: Record<ActivityKind, number> = {
  working_group_meeting: 500,
  conference: 5_000,
  exchange: 4_000,
  fair: 25_000,
  delegation_trip: 8_000,
  delegation_received: 3_000,
  project: 60_000,
  training: 3_000,
  signing: 1_000,
  aid_delivery: 40_000,
};

/** Trade fairs peak in spring and autumn; everything else thins out in summer and at Christmas. */
const fairMonths = { '03': 25, '04': 25, '05': 8, '06': 3, '09': 20, '10': 15, '11': 7 } as const;
const otherMonths = {
  '01': 6,
  '02': 8,
  '03': 10,
  '04': 10,
  '05': 10,
  '06': 10,
  '07': 5,
  '08': 4,
  '09': 10,
  '10': 11,
  '11': 10,
  '12': 6,
} as const;

const activityColumns = [
  'id',
  'key',
  'kind',
  'title',
  'description',
  'starts_on',
  'ends_on',
  'organiser_id',
  'partnership_id',
  'status',
  'visibility',
  'budget_planned_cents',
  'budget_actual_cents',
  'outcome',
] as const;
const linkTables = [
  ['activity_places', 'place_id'],
  ['activity_participants', 'organisation_id'],
  ['activity_sectors', 'sector_id'],
  ['activity_goals', 'goal_id'],
  ['activity_instruments', 'instrument_id'],
  ['activity_measures', 'measure_id'],
] as const;
type LinkTable = (typeof linkTables)[number][0];

const measureCounts = { none: 0, one: 1, two: 2 } as const;

/** Activities with their links, in batches. */
export async function generateActivities(
  { tx, random, ref, size, rows, bar }: GenerationStep,
  partnerships: Partnership[],
  orgs: Org[],
): Promise<void> {
  const partnershipRank = zipf(random, partnerships.length, 1.1);
  const saxonOrgs = orgs.filter((o) => o.saxon);
  const organiserRank = zipf(random, saxonOrgs.length, 1.2);
  const participantRank = zipf(random, orgs.length, 0.9);
  const firstYear = referenceYear - size.years + 2;
  const batchSize = 10_000;
  for (let start = 0; start < size.activities; start += batchSize) {
    const end = Math.min(size.activities, start + batchSize);
    let aCsv = '';
    const links = Object.fromEntries(linkTables.map(([t]) => [t, ''])) as Record<LinkTable, string>;
    const linkCounts = Object.fromEntries(linkTables.map(([t]) => [t, 0])) as Record<LinkTable, number>;
    const link = (table: LinkTable, activityId: number, targets: Iterable<number>) => {
      for (const target of new Set(targets)) {
        links[table] += `${activityId},${target}\n`;
        linkCounts[table]++;
      }
    };
    for (let i = start; i < end; i++) {
      const id = ref.maxIds.activities + 1 + i;
      const kind = random.weighted(activityKindWeights);
      const partnership = random.chance(0.85) ? partnerships[partnershipRank()]! : null;
      // More activities in recent years; the last year lies ahead of the reference day.
      const year = random.chance(0.06)
        ? referenceYear + 1
        : firstYear + Math.floor((size.years - 1) * Math.sqrt(random.next()));
      const month = kind === 'fair' ? random.weighted(fairMonths) : random.weighted(otherMonths);
      const day = pad(random.int(1, 28));
      const precision = random.weighted({ day: 85, month: 11, year: 4 });
      const full = `${year}-${month}-${day}`;
      const startsOn = precision === 'day' ? full : precision === 'month' ? `${year}-${month}` : String(year);
      const days =
        kind === 'delegation_trip'
          ? Math.max(1, Math.round(random.logNormal(3, 0.5)))
          : kind === 'fair'
            ? random.int(2, 5)
            : kind === 'project'
              ? random.int(90, 720)
              : kind === 'exchange'
                ? random.int(5, 14)
                : kind === 'conference'
                  ? random.int(1, 2)
                  : 1;
      const endsOn = precision === 'day' && days > 1 ? addDays(full, days - 1) : null;
      const past = isPast(startsOn);
      const status = past
        ? random.weighted({ done: 90, cancelled: 7, planned: 3 })
        : random.weighted({ planned: 55, confirmed: 40, cancelled: 5 });
      const visibility = random.weighted({ internal: 75, public: 20, restricted: 5 });
      // Many small activities, few large ones.
      const weight = random.logNormal(1, 0.8) * (kind === 'delegation_trip' || kind === 'fair' ? 2 : 1);
      const planned = random.chance(0.25)
        ? null
        : Math.round(random.logNormal(budgetMedianEuro[kind], 1.1) * Math.sqrt(weight) * 100);
      const actual =
        planned !== null && status === 'done' && random.chance(0.9)
          ? Math.round(planned * random.logNormal(1, 0.15))
          : null;
      const organiser = saxonOrgs[organiserRank()]!;

      const placeIds = [...(partnership?.places ?? [])];
      const extraPlaces = (partnership ? 0 : 1) + (weight > 3 ? 1 : 0) + (weight > 6 ? 1 : 0);
      for (let k = 0; k < extraPlaces; k++) placeIds.push(random.pick(ref.foreignPlaces).id);
      if (kind === 'delegation_received' || (kind === 'fair' && random.chance(0.4))) placeIds.push(ref.saxony.id);
      const participantCount = Math.min(40, Math.floor(weight * 1.5));
      const participants = Array.from({ length: participantCount }, () => orgs[participantRank()]!.id);
      const sectorIds = random.sample(ref.sectors, random.int(0, 3)).map((s) => s.id);
      const goalIds = random.sample(ref.goals, random.chance(0.7) ? 1 : 2).map((g) => g.id);
      const instrument = random.pick(ref.instruments);
      const instrumentIds = random.chance(0.85) ? [instrument.id] : [instrument.id, random.pick(ref.instruments).id];
      const measures = ref.measuresByInstrument.get(instrument.id) ?? [];
      const chosenMeasures = random.sample(measures, measureCounts[random.weighted({ none: 20, one: 60, two: 20 })]);

      const placeName = ref.placeName.get(placeIds[0] ?? ref.saxony.id)!;
      const subject = topic(random, ref.sectorNames);
      const title = activityTitle(random, kind, { place: placeName, subject, partnership, year, organiser });
      const parts = [
        `${title}.`,
        ...chosenMeasures.map((m) => sentence(m.text)),
        `${random.pick(connectives)} ${subject}.`,
        `Ziel: ${random.pick(ref.goals).title}.`,
      ];
      if (weight > 2) parts.push(random.pick(closings));
      const outcome = status === 'done' && random.chance(0.3) ? random.pick(closings) : null;
      aCsv += csvRow([
        id,
        `${benchPrefix}a-${i}`,
        kind,
        title,
        parts.join(' '),
        startsOn,
        endsOn,
        organiser.id,
        partnership?.id ?? null,
        status,
        visibility,
        planned,
        actual,
        outcome,
      ]);
      link('activity_places', id, placeIds);
      link('activity_participants', id, participants);
      link('activity_sectors', id, sectorIds);
      link('activity_goals', id, goalIds);
      link('activity_instruments', id, instrumentIds);
      link(
        'activity_measures',
        id,
        chosenMeasures.map((m) => m.id),
      );
    }
    await tx.copyCsv('activities', activityColumns, aCsv);
    for (const [table, column] of linkTables) {
      if (links[table]) await tx.copyCsv(table, ['activity_id', column], links[table]);
      rows[table] = (rows[table] ?? 0) + linkCounts[table];
    }
    rows.activities = end;
    bar.increment(end - start, { phase: 'activities' });
  }
}

function activityTitle(
  random: Random,
  kind: ActivityKind,
  c: { place: string; subject: string; partnership: Partnership | null; year: number; organiser: Org },
): string {
  const with_ = c.partnership ? ` im Rahmen der ${c.partnership.name}` : '';
  switch (kind) {
    case 'delegation_trip':
      return `Delegationsreise nach ${c.place} zum Thema ${c.subject}`;
    case 'delegation_received':
      return `Empfang einer Delegation aus ${c.place} in ${random.pick(saxonCities)}: ${c.subject}`;
    case 'fair': {
      const [fair, city] = random.pick(fairs);
      return `Sächsischer Gemeinschaftsstand auf der ${fair} ${c.year} in ${city}`;
    }
    case 'conference':
      return `Fachkonferenz „${c.subject}“${with_}`;
    case 'project':
      return `Kooperationsprojekt ${c.subject} mit Partnern in ${c.place}`;
    case 'working_group_meeting':
      return `${random.int(1, 40)}. Sitzung der Arbeitsgruppe ${c.subject}${with_}`;
    case 'exchange':
      return random.pick([
        `Fachkräfteaustausch ${c.subject} zwischen Sachsen und ${c.place}`,
        `Jugendaustausch mit ${c.place}`,
      ]);
    case 'aid_delivery':
      return `Hilfslieferung: ${random.pick(aidGoods)} für ${c.place}`;
    case 'signing':
      return `Unterzeichnung einer Absichtserklärung zu ${c.subject} mit ${c.place}`;
    case 'training':
      return `Schulung „${c.subject}“ für Fachleute aus ${c.place}`;
  }
}
