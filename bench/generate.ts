import { createHash } from 'node:crypto';
import { Presets, SingleBar } from 'cli-progress';
import type { DatabaseHandle } from '../db/client.ts';
import { createRandom, zipf, type Random } from './rng.ts';
import { csvRow, inBulkTransaction, rawClient, type SqlClient } from './sql.ts';
import {
  aidGoods,
  closings,
  connectives,
  fairs,
  fields,
  saxonCities,
  sentence,
  surnames,
  topic,
} from './bench-vocabulary.ts';
import { stoppedClock } from '../core/shared/clock.ts';

/** Sizes of the generated data set, on top of the seeded register. */
export const scales = {
  S: { activities: 5_000, organisations: 500, documents: 1_000, partnerships: 30, years: 10 },
  M: { activities: 50_000, organisations: 5_000, documents: 10_000, partnerships: 40, years: 15 },
  L: { activities: 1_000_000, organisations: 5_000, documents: 100_000, partnerships: 60, years: 20 },
} as const;
export type Scale = keyof typeof scales;
export const isScale = (s: string): s is Scale => s in scales;

/**
 * The generator's "today": fixed, so a seed gives the same data set on any day. Activities before
 * it are mostly done, after it planned or confirmed.
 */
export const referenceDay = '2026-11-21';
const referenceYear = Number(referenceDay.slice(0, 4));

/** The register's clock for the benchmark: noon of the reference day in Berlin, on any day it runs. */
export const benchClock = stoppedClock(`${referenceDay}T12:00:00+01:00`);

/** Every generated row carries this prefix in its key. */
export const benchPrefix = 'bench-';

export interface GenerateResult {
  scale: Scale;
  seed: number;
  engine: DatabaseHandle['engine'];
  rows: Record<string, number>;
  seconds: { total: number; load: number; analyse: number };
}

interface Place {
  id: number;
  key: string;
  kind: string;
  name: string;
  country: string | null;
}
interface Org {
  id: number;
  name: string;
  kind: string;
  saxon: boolean;
}
interface Partnership {
  id: number;
  name: string;
  places: number[];
}
interface Measure {
  id: number;
  instrumentId: number;
  text: string;
}

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

const orgKindWeights = {
  municipality: 15,
  ngo: 15,
  other: 19,
  university: 10,
  business_association: 10,
  cultural_institution: 10,
  research_institution: 8,
  chamber: 5,
  foundation: 5,
  agency: 3,
} as const;

const documentKindWeights = {
  decision: 35,
  other: 30,
  press_release: 15,
  evaluation: 10,
  agreement_text: 10,
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
const pad = (n: number) => String(n).padStart(2, '0');

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether a partial date lies before the reference day (a year or month is past once it is over). */
const isPast = (date: string) => date < referenceDay.slice(0, date.length);

/** Counts of bench rows already in the database. */
export async function countBenchRows(sql: SqlClient): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `select ((select count(*) from activities where key like 'bench-%') + (select count(*) from organisations where key like 'bench-%')
      + (select count(*) from partnerships where key like 'bench-%') + (select count(*) from source_documents where key like 'bench-%'))::int as n`,
  );
  return row!.n;
}

/** Removes every generated row (and nothing of the sourced register). */
export async function removeBenchRows(handle: DatabaseHandle): Promise<void> {
  const sql = rawClient(handle);
  for (const statement of [
    `delete from citations where activity_id in (select id from activities where key like 'bench-%')
       or source_document_id in (select id from source_documents where key like 'bench-%')`,
    `delete from activities where key like 'bench-%'`,
    `delete from source_documents where key like 'bench-%'`,
    `delete from partnership_status_changes where partnership_id in (select id from partnerships where key like 'bench-%')`,
    `delete from partnerships where key like 'bench-%'`,
    `delete from organisations where key like 'bench-%'`,
  ])
    await sql.query(statement);
}

/**
 * Fills the (migrated and seeded) database with a deterministic data set: the same scale and seed
 * give the same rows. Rows are built in memory batch by batch and loaded with COPY.
 */
export async function generate(
  handle: DatabaseHandle,
  options: { scale: Scale; seed: number; progress?: boolean },
): Promise<GenerateResult> {
  const started = performance.now();
  const size = scales[options.scale];
  const random = createRandom(options.seed);
  const sql = rawClient(handle);
  if ((await countBenchRows(sql)) > 0)
    throw new Error('the database already holds generated rows (keys "bench-…"); use --replace to generate anew');

  const ref = await readReference(sql);
  const rows: Record<string, number> = {};
  const totalUnits = size.organisations + size.activities + size.documents;
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'bench generate {scale} [{bar}] {percentage}% | {phase} | {eta_formatted} left',
      hideCursor: true,
      noTTYOutput: false,
    },
    Presets.shades_classic,
  );
  if (options.progress !== false) bar.start(totalUnits, 0, { scale: options.scale, phase: 'organisations' });

  const loadStarted = performance.now();
  await inBulkTransaction(handle, async (tx) => {
    // Organisations: Saxon bodies (organisers and participants) and partner-side bodies.
    const orgs = [...ref.orgs];
    let csv = '';
    for (let i = 0; i < size.organisations; i++) {
      const id = ref.maxIds.organisations + 1 + i;
      const saxon = random.chance(0.6);
      const kind = random.weighted(orgKindWeights);
      const place = saxon ? ref.saxony : random.pick(ref.foreignPlaces);
      const city = saxon ? random.pick(saxonCities) : place.name;
      const name = organisationName(random, kind, city, ref.sectorNames);
      orgs.push({ id, name, kind, saxon });
      csv += csvRow([id, `${benchPrefix}org-${i}`, kind, name, null, null, null, place.id]);
    }
    await tx.copyCsv(
      'organisations',
      ['id', 'key', 'kind', 'name', 'name_en', 'abbreviation', 'parent_id', 'place_id'],
      csv,
    );
    rows.organisations = size.organisations;
    bar.increment(size.organisations, { phase: 'partnerships' });

    // Partnerships up to the scale's total, each with a place and a status history.
    const partnerships: Partnership[] = [...ref.partnerships];
    const added = Math.max(0, size.partnerships - partnerships.length);
    let pCsv = '';
    let ppCsv = '';
    let scCsv = '';
    let statusChangeId = ref.maxIds.partnership_status_changes;
    const ministries = ref.orgs.filter((o) => o.kind === 'ministry' || o.kind === 'state_chancellery');
    for (let i = 0; i < added; i++) {
      const id = ref.maxIds.partnerships + 1 + i;
      const place = random.pick(ref.partnerPlaces);
      const kind = random.weighted({
        regional: 40,
        sectoral: 25,
        administrative_cooperation: 15,
        cross_border: 10,
        liaison_office: 5,
        representative_office: 5,
      });
      const history = random.weighted({ active: 70, dormant: 12, under_examination: 12, ended: 6 });
      const chain =
        history === 'under_examination'
          ? ['under_examination']
          : history === 'active'
            ? ['active']
            : ['active', history];
      const since = String(referenceYear - random.int(1, 30));
      const label = {
        regional: 'Regionalpartnerschaft',
        sectoral: 'Sektorale Partnerschaft',
        administrative_cooperation: 'Verwaltungskooperation',
        cross_border: 'Grenzüberschreitende Partnerschaft',
        liaison_office: 'Verbindungsbüro',
        representative_office: 'Repräsentanz',
      }[kind];
      const name = `${label} Sachsen – ${place.name}`;
      partnerships.push({ id, name, places: [place.id] });
      pCsv += csvRow([
        id,
        `${benchPrefix}p-${i}`,
        name,
        `${label} Saxony – ${place.name}`,
        kind,
        chain.at(-1)!,
        since,
        random.pick(ministries).id,
        random.chance(0.9) ? 'public' : 'internal',
      ]);
      ppCsv += csvRow([id, place.id, 1]);
      chain.forEach((status, k) => {
        scCsv += csvRow([
          ++statusChangeId,
          id,
          k + 1,
          k === 0 ? null : chain[k - 1]!,
          status,
          k === 0 ? since : String(Math.min(referenceYear, Number(since) + random.int(1, 10))),
          'Erzeugter Datensatz für Lasttests (Benchmark)',
        ]);
      });
    }
    if (added > 0) {
      await tx.copyCsv(
        'partnerships',
        ['id', 'key', 'name', 'name_en', 'kind', 'status', 'since', 'lead_organisation_id', 'visibility'],
        pCsv,
      );
      await tx.copyCsv('partnership_places', ['partnership_id', 'place_id', 'position'], ppCsv);
      await tx.copyCsv(
        'partnership_status_changes',
        ['id', 'partnership_id', 'sequence', 'from_status', 'to_status', 'effective_on', 'reason'],
        scCsv,
      );
    }
    rows.partnerships = added;

    // Activities with their links, in batches.
    const partnershipRank = zipf(random, partnerships.length, 1.1);
    const saxonOrgs = orgs.filter((o) => o.saxon);
    const organiserRank = zipf(random, saxonOrgs.length, 1.2);
    const participantRank = zipf(random, orgs.length, 0.9);
    const firstYear = referenceYear - size.years + 2;
    const batchSize = 10_000;
    let citationId = ref.maxIds.citations;
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

    // Source documents in German, each cited by one to three activities.
    const docBatch = 2_000;
    for (let start = 0; start < size.documents; start += docBatch) {
      const end = Math.min(size.documents, start + docBatch);
      let dCsv = '';
      let cCsv = '';
      let citations = 0;
      for (let j = start; j < end; j++) {
        const id = ref.maxIds.source_documents + 1 + j;
        const kind = random.weighted(documentKindWeights);
        const year = referenceYear - random.int(0, size.years - 1);
        const publishedOn = `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
        const subject = topic(random, ref.sectorNames);
        const partnership = random.pick(partnerships);
        const title = documentTitle(random, kind, { subject, partnership, year });
        const publisher = saxonOrgs[organiserRank()]!.name;
        const paragraphs = Math.max(1, Math.round(random.logNormal(4, 0.6)));
        const text: string[] = [];
        for (let k = 0; k < paragraphs; k++) {
          const sentences = [
            sentence(random.pick(ref.measures).text),
            `${random.pick(connectives)} ${topic(random, ref.sectorNames)} mit Partnern aus ${random.pick(ref.foreignPlaces).name}.`,
            `Dies dient dem Ziel: ${random.pick(ref.goals).title}.`,
          ];
          if (random.chance(0.5)) sentences.push(random.pick(closings));
          text.push(random.sample(sentences, sentences.length).join(' '));
        }
        const content = `${title}\n\n${text.join('\n\n')}\n`;
        const sha256 = createHash('sha256').update(content).digest('hex');
        dCsv += csvRow([
          id,
          `${benchPrefix}doc-${j}`,
          `${benchPrefix}doc-${j}.txt`,
          kind,
          title,
          publisher,
          publishedOn,
          'de',
          false,
          content,
          sha256,
        ]);
        const quote = text[0]!.split(/(?<=\.) /)[0]!;
        const cited = random.int(1, 3);
        for (let k = 0; k < cited; k++) {
          const activityId = ref.maxIds.activities + 1 + random.int(0, size.activities - 1);
          cCsv += csvRow([++citationId, id, `Abschnitt ${k + 1}`, quote, 'other', activityId]);
          citations++;
        }
      }
      await tx.copyCsv(
        'source_documents',
        [
          'id',
          'key',
          'file_name',
          'kind',
          'title',
          'publisher',
          'published_on',
          'language',
          'ocr',
          'content',
          'sha256',
        ],
        dCsv,
      );
      await tx.copyCsv('citations', ['id', 'source_document_id', 'locator', 'quote', 'claim', 'activity_id'], cCsv);
      rows.source_documents = end;
      rows.citations = (rows.citations ?? 0) + citations;
      bar.increment(end - start, { phase: 'documents' });
    }

    for (const table of [
      'organisations',
      'partnerships',
      'partnership_status_changes',
      'activities',
      'source_documents',
      'citations',
    ])
      await tx.query(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  });
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  bar.update(totalUnits, { phase: 'analyse' });
  const analyseStarted = performance.now();
  await sql.query('analyze');
  const analyseSeconds = (performance.now() - analyseStarted) / 1000;
  bar.stop();
  return {
    scale: options.scale,
    seed: options.seed,
    engine: handle.engine,
    rows,
    seconds: {
      total: round((performance.now() - started) / 1000),
      load: round(loadSeconds),
      analyse: round(analyseSeconds),
    },
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

function organisationName(random: Random, kind: string, city: string, sectors: readonly string[]): string {
  const field = random.pick(fields);
  switch (kind) {
    case 'municipality':
      return random.pick([`Stadt ${city}`, `Landkreis ${city}`, `Gemeindeverwaltung ${city}`]);
    case 'ngo':
      return random.pick([
        `Verein für internationale Begegnung ${city} e. V.`,
        `Partnerschaftsverein ${city} e. V.`,
        `Freundeskreis ${city} e. V.`,
        `Initiative ${field} ${city} e. V.`,
      ]);
    case 'university':
      return random.pick([
        `Universität ${city}`,
        `Hochschule für Technik und Wirtschaft ${city}`,
        `Technische Hochschule ${city}`,
        `Hochschule ${city}, Fakultät ${field}`,
      ]);
    case 'research_institution':
      return random.pick([
        `Fraunhofer-Institut für ${field}, ${city}`,
        `Leibniz-Institut für ${field}, ${city}`,
        `Forschungszentrum ${field} ${city}`,
      ]);
    case 'chamber':
      return random.pick([
        `Industrie- und Handelskammer ${city}`,
        `Handwerkskammer ${city}`,
        `Auslandshandelskammer ${city}`,
      ]);
    case 'business_association':
      return random.pick([
        `Unternehmerverband ${random.pick(sectors)} ${city}`,
        `Cluster ${random.pick(sectors)} ${city}`,
      ]);
    case 'cultural_institution':
      return random.pick([
        `Theater ${city}`,
        `Museum für ${field} ${city}`,
        `Philharmonie ${city}`,
        `Stadtbibliothek ${city}`,
      ]);
    case 'foundation':
      return `Stiftung ${random.pick(surnames)} ${city}`;
    case 'agency':
      return `Agentur für ${field} ${city}`;
    default:
      return `${random.pick(surnames)} ${random.pick(fields)} GmbH, ${city}`;
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

function documentTitle(random: Random, kind: string, c: { subject: string; partnership: Partnership; year: number }) {
  switch (kind) {
    case 'decision':
      return `Kabinettsbeschluss zu ${c.subject} (${c.year})`;
    case 'press_release':
      return `Medieninformation: ${c.subject} – ${c.partnership.name}`;
    case 'evaluation':
      return `Evaluierungsbericht ${c.partnership.name} ${c.year}`;
    case 'agreement_text':
      return `Gemeinsame Erklärung zu ${c.subject} (${c.partnership.name})`;
    default:
      return random.pick([
        `Ergebnisvermerk der Arbeitsgruppe ${c.subject} ${c.year}`,
        `Reisebericht ${c.subject} ${c.year}`,
        `Vermerk der Staatskanzlei zu ${c.subject}`,
      ]);
  }
}

/** What the generator builds on: the seeded register and the current strategy. */
async function readReference(sql: SqlClient) {
  const places = await sql.query<Place>(
    `select id, key, kind::text as kind, name_de as name, iso3166_1 as country from places order by id`,
  );
  const saxony = places.find((p) => p.key === 'DE-SN');
  if (!saxony) throw new Error('the seeded register has no place DE-SN');
  const foreignPlaces = places.filter((p) => p.country !== 'DE' && p.kind !== 'macro_region');
  const orgRows = await sql.query<{ id: number; name: string; kind: string; place: string | null }>(
    `select o.id, o.name, o.kind::text as kind, p.iso3166_1 as place from organisations o left join places p on p.id = o.place_id order by o.id`,
  );
  const saxonKinds = new Set(['state_chancellery', 'ministry', 'state_authority', 'agency', 'interministerial_body']);
  const orgs: Org[] = orgRows.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    saxon: saxonKinds.has(o.kind) || o.place === 'DE',
  }));
  const pRows = await sql.query<{ id: number; name: string }>(
    `select id, name from partnerships order by (status = 'active') desc, id`,
  );
  const pp = await sql.query<{ partnership_id: number; place_id: number }>(
    `select partnership_id, place_id from partnership_places order by partnership_id, position`,
  );
  const partnerships: Partnership[] = pRows.map((p) => ({
    ...p,
    places: pp.filter((x) => x.partnership_id === p.id).map((x) => x.place_id),
  }));
  const sectors = await sql.query<{ id: number; name: string }>(`select id, name_de as name from sectors order by id`);
  const version = `(select id from strategy_versions order by id desc limit 1)`;
  const goals = await sql.query<{ id: number; title: string }>(
    `select id, title from goals where strategy_version_id = ${version} order by position`,
  );
  const instruments = await sql.query<{ id: number; title: string }>(
    `select id, title from instruments where strategy_version_id = ${version} order by position`,
  );
  const measures = await sql.query<Measure>(
    `select id, instrument_id as "instrumentId", text from measures where strategy_version_id = ${version} order by id`,
  );
  if (goals.length === 0 || measures.length === 0) throw new Error('the seeded register has no strategy');
  const measuresByInstrument = new Map<number, Measure[]>();
  for (const m of measures)
    measuresByInstrument.set(m.instrumentId, [...(measuresByInstrument.get(m.instrumentId) ?? []), m]);
  const [maxIds] = await sql.query<Record<string, number>>(
    `select ${[
      'organisations',
      'partnerships',
      'partnership_status_changes',
      'activities',
      'source_documents',
      'citations',
    ]
      .map((t) => `(select coalesce(max(id), 0)::int from ${t}) as ${t}`)
      .join(', ')}`,
  );
  return {
    saxony,
    foreignPlaces,
    partnerPlaces: foreignPlaces.filter((p) => p.kind === 'region' || p.kind === 'country'),
    placeName: new Map(places.map((p) => [p.id, p.name])),
    orgs,
    partnerships,
    sectors,
    sectorNames: sectors.map((s) => s.name),
    goals,
    instruments,
    measures,
    measuresByInstrument,
    maxIds: maxIds as Record<
      'organisations' | 'partnerships' | 'partnership_status_changes' | 'activities' | 'source_documents' | 'citations',
      number
    >,
  };
}
