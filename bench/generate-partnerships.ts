import { csvRow } from './sql.ts';
import { benchPrefix, referenceYear } from './bench-data-set.ts';
import type { GenerationStep, Partnership } from './bench-reference.ts';

/** Partnerships up to the scale's total, each with a place and a status history. */
export async function generatePartnerships({ tx, random, ref, size, rows }: GenerationStep): Promise<Partnership[]> {
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
      history === 'under_examination' ? ['under_examination'] : history === 'active' ? ['active'] : ['active', history];
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
  return partnerships;
}
