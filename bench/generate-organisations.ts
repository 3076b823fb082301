import type { Random } from './rng.ts';
import { csvRow } from './sql.ts';
import { fields, saxonCities, surnames } from './bench-vocabulary.ts';
import { benchPrefix } from './bench-data-set.ts';
import type { GenerationStep, Org } from './bench-reference.ts';

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

/** Organisations: Saxon bodies (organisers and participants) and partner-side bodies. */
export async function generateOrganisations({ tx, random, ref, size, rows, bar }: GenerationStep): Promise<Org[]> {
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

  return orgs;
}

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
