import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type FieldIssue } from '../../core/shared/errors.ts';
import { findPassageIn, MAX_PASSAGE_RATIO } from '../../core/sources/find-passage.ts';
import { applyRepairs } from '../../core/sources/ocr-repair/apply-repairs.ts';
import type { OcrRepair } from '../../core/sources/ocr-repair/repair-ocr.ts';
import { readDataFile, type DataFile, type DataPath } from './data-file.ts';
import {
  activitiesFileSchema,
  conflictsFileSchema,
  organisationsFileSchema,
  partnershipsFileSchema,
  placesFileSchema,
  sectorsFileSchema,
  sourcesFileSchema,
  strategyFileSchema,
  type CitationInput,
  type StrategyFile,
} from './files.schemas.ts';
import { checkStatusHistories } from './check-status-histories.ts';
import type { z } from 'zod';

export interface SourceText {
  key: string;
  /** The text as received (sources/<file>). */
  content: string;
  sha256: string;
  /** For an OCR'd text, the repair's changes (sources/<file>.repairs.json), and the repaired text they give. */
  repaired?: { text: string; repairs: OcrRepair[] };
}

/** Where the OCR repair's changes to a seeded source are kept, beside the text: see seed-repairs.test.ts. */
export const repairsFileOf = (file: string) => file.replace(/\.txt$/, '') + '.repairs.json';

/** The repaired text of an OCR'd source, from its committed changes: the seed does not run the repair itself. */
function readRepaired(seedDir: string, file: string, content: string): SourceText['repaired'] {
  const repairs = JSON.parse(readFileSync(join(seedDir, 'sources', repairsFileOf(file)), 'utf8')) as OcrRepair[];
  return { text: applyRepairs(content, repairs), repairs };
}

/** Everything the seed writes, read and checked before anything is written. */
export interface SeedBundle {
  sources: DataFile<z.infer<typeof sourcesFileSchema>>;
  sourceTexts: Map<string, SourceText>;
  places: DataFile<z.infer<typeof placesFileSchema>>;
  organisations: DataFile<z.infer<typeof organisationsFileSchema>>;
  sectors: DataFile<z.infer<typeof sectorsFileSchema>>;
  partnerships: DataFile<z.infer<typeof partnershipsFileSchema>>;
  conflicts: DataFile<z.infer<typeof conflictsFileSchema>>;
  activities: DataFile<z.infer<typeof activitiesFileSchema>>;
  strategies: { file: DataFile<StrategyFile>; sha256: string }[];
}

export interface SeedPaths {
  /** The folder with sources.yaml, places.yaml, … and sources/ (default db/seed). */
  seedDir: string;
  /** The strategy files (default: every .yaml in strategy/). */
  strategyFiles: string[];
}

export function defaultSeedPaths(root: string): SeedPaths {
  const strategyDir = join(root, 'strategy');
  return {
    seedDir: join(root, 'db', 'seed'),
    strategyFiles: readdirSync(strategyDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join(strategyDir, f)),
  };
}

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/** Collects problems across all files so one run reports all of them. */
class Problems {
  readonly issues: FieldIssue[] = [];
  add<T>(file: DataFile<T>, path: DataPath, message: string) {
    this.issues.push({ field: file.locate(path), message });
  }
  throwIfAny() {
    if (this.issues.length === 0) return;
    const first = this.issues[0]!;
    const more = this.issues.length > 1 ? ` (and ${this.issues.length - 1} more)` : '';
    throw new AppError('SEED_FILE_INVALID', `${first.field}: ${first.message}${more}`, this.issues);
  }
}

function keysOf<T extends { key: string }>(file: DataFile<T[]>, problems: Problems): Set<string> {
  const keys = new Set<string>();
  file.data.forEach((item, i) => {
    if (keys.has(item.key)) problems.add(file, [i, 'key'], `duplicate key "${item.key}"`);
    keys.add(item.key);
  });
  return keys;
}

/**
 * Reads every seed and strategy file, validates its shape, resolves every reference and
 * checks that every quoted passage occurs in its source document. Throws one AppError
 * (SEED_FILE_INVALID) listing every problem with file, line and path; returns the bundle
 * only when all of it is sound.
 */
export function loadSeed(paths: SeedPaths, today: string): SeedBundle {
  const file = (name: string) => join(paths.seedDir, name);
  const bundle: SeedBundle = {
    sources: readDataFile(file('sources.yaml'), sourcesFileSchema),
    sourceTexts: new Map(),
    places: readDataFile(file('places.yaml'), placesFileSchema),
    organisations: readDataFile(file('organisations.yaml'), organisationsFileSchema),
    sectors: readDataFile(file('sectors.yaml'), sectorsFileSchema),
    partnerships: readDataFile(file('partnerships.yaml'), partnershipsFileSchema),
    conflicts: readDataFile(file('conflicts.yaml'), conflictsFileSchema),
    activities: readDataFile(file('activities.yaml'), activitiesFileSchema),
    strategies: paths.strategyFiles.map((path) => ({
      file: readDataFile(path, strategyFileSchema),
      sha256: sha256(readFileSync(path)),
    })),
  };
  const problems = new Problems();

  bundle.sources.data.forEach((source, i) => {
    try {
      const content = readFileSync(join(paths.seedDir, 'sources', source.file), 'utf8');
      bundle.sourceTexts.set(source.key, { key: source.key, content, sha256: sha256(content) });
      if (source.ocr) bundle.sourceTexts.get(source.key)!.repaired = readRepaired(paths.seedDir, source.file, content);
    } catch {
      problems.add(bundle.sources, [i, 'file'], `source file sources/${source.file} or its repairs cannot be read`);
    }
  });
  keysOf(bundle.sources, problems);

  const places = keysOf(bundle.places, problems);
  const organisations = keysOf(bundle.organisations, problems);
  const sectors = keysOf(bundle.sectors, problems);
  const partnerships = keysOf(bundle.partnerships, problems);
  keysOf(bundle.conflicts, problems);
  keysOf(bundle.activities, problems);
  const agreements = new Set<string>();
  bundle.partnerships.data.forEach((p, i) =>
    p.agreements.forEach((a, j) => {
      if (agreements.has(a.key))
        problems.add(bundle.partnerships, [i, 'agreements', j, 'key'], `duplicate agreement key "${a.key}"`);
      agreements.add(a.key);
    }),
  );

  const ref = <T>(
    f: DataFile<T>,
    path: DataPath,
    value: string | null | undefined,
    known: Set<string>,
    what: string,
  ) => {
    if (value != null && !known.has(value)) problems.add(f, path, `unknown ${what} "${value}"`);
  };
  const cite = <T>(f: DataFile<T>, path: DataPath, citation: CitationInput) => {
    const source = bundle.sourceTexts.get(citation.source);
    if (!source) {
      problems.add(f, [...path, 'source'], `unknown source document "${citation.source}"`);
      return;
    }
    // Quotes are written in correct German: checked against the repaired text and the text as received.
    const match = findPassageIn([source.repaired?.text, source.content], citation.quote);
    if (match.ratio > MAX_PASSAGE_RATIO) {
      problems.add(
        f,
        [...path, 'quote'],
        `the quote is not found in ${citation.source} (closest passage differs in ${Math.round(match.ratio * 100)}% of its letters)`,
      );
    }
  };

  const { places: pf, organisations: of, partnerships: paf, conflicts: cf, activities: af } = bundle;
  const strategies = bundle.strategies.map((st) => st.file.data);
  const strategyKeys = [
    ['instruments', new Set(strategies.flatMap((st) => st.instruments.map((x) => x.numeral)))],
    ['goals', new Set(strategies.flatMap((st) => st.goals.map((x) => x.key)))],
    ['measures', new Set(strategies.flatMap((st) => st.instruments.flatMap((x) => x.measures.map((m) => m.key))))],
  ] as const;
  pf.data.forEach((p, i) => ref(pf, [i, 'parent'], p.parent, places, 'place'));
  of.data.forEach((o, i) => {
    ref(of, [i, 'parent'], o.parent, organisations, 'organisation');
    ref(of, [i, 'place'], o.place, places, 'place');
    o.citations.forEach((c, j) => cite(of, [i, 'citations', j], c));
  });
  paf.data.forEach((p, i) => {
    p.places.forEach((k, j) => ref(paf, [i, 'places', j], k, places, 'place'));
    ref(paf, [i, 'leadOrganisation'], p.leadOrganisation, organisations, 'organisation');
    p.sectors.forEach((k, j) => ref(paf, [i, 'sectors', j], k, sectors, 'sector'));
    p.citations.forEach((c, j) => cite(paf, [i, 'citations', j], c));
    p.statusHistory.forEach((s, j) => cite(paf, [i, 'statusHistory', j, 'citation'], s.citation));
    p.agreements.forEach((a, j) => {
      const at = [i, 'agreements', j] as const;
      ref(paf, [...at, 'signedAt'], a.signedAt, places, 'place');
      ref(paf, [...at, 'renews'], a.renews, agreements, 'agreement');
      if (a.renews === a.key) problems.add(paf, [...at, 'renews'], 'an agreement cannot renew itself');
      if (a.termMonths && !a.signedOn) problems.add(paf, [...at, 'termMonths'], 'a term needs the signing date');
      a.signatories.forEach((s, k) =>
        ref(paf, [...at, 'signatories', k, 'organisation'], s.organisation, organisations, 'organisation'),
      );
      a.citations.forEach((c, k) => cite(paf, [...at, 'citations', k], c));
    });
    p.workingGroups.forEach((w, j) => {
      ref(paf, [i, 'workingGroups', j, 'establishedBy'], w.establishedBy, agreements, 'agreement');
      cite(paf, [i, 'workingGroups', j, 'citation'], w.citation);
    });
  });
  checkStatusHistories(paf, today, (path, message) => problems.add(paf, path, message));
  cf.data.forEach((c, i) => {
    ref(cf, [i, 'partnership'], c.partnership, partnerships, 'partnership');
    c.claims.forEach((claim, j) => {
      ref(cf, [i, 'claims', j, 'place'], claim.place, places, 'place');
      cite(cf, [i, 'claims', j, 'citation'], claim.citation);
    });
  });
  af.data.forEach((a, i) => {
    ref(af, [i, 'organiser'], a.organiser, organisations, 'organisation');
    ref(af, [i, 'partnership'], a.partnership, partnerships, 'partnership');
    a.places.forEach((k, j) => ref(af, [i, 'places', j], k, places, 'place'));
    a.participants.forEach((k, j) => ref(af, [i, 'participants', j], k, organisations, 'organisation'));
    a.sectors.forEach((k, j) => ref(af, [i, 'sectors', j], k, sectors, 'sector'));
    a.citations.forEach((c, j) => cite(af, [i, 'citations', j], c));
    if (!a.serves) return;
    for (const [field, known] of strategyKeys)
      a.serves[field].forEach((k, j) => ref(af, [i, 'serves', field, j], k, known, field));
    a.serves.citations.forEach((c, j) => cite(af, [i, 'serves', 'citations', j], c));
  });

  const abbreviations = new Set(of.data.flatMap((o) => (o.abbreviation ? [o.abbreviation] : [])));
  for (const { file: sf } of bundle.strategies) checkStrategy(sf, { places, abbreviations }, cite, problems);

  problems.throwIfAny();
  return bundle;
}

function checkStrategy(
  sf: DataFile<StrategyFile>,
  known: { places: Set<string>; abbreviations: Set<string> },
  cite: <T>(f: DataFile<T>, path: DataPath, c: CitationInput) => void,
  problems: Problems,
) {
  const s = sf.data;
  cite(sf, ['adoption'], s.adoption);
  cite(sf, ['coordination', 'citation'], s.coordination.citation);
  cite(sf, ['evaluation', 'citation'], s.evaluation.citation);
  cite(sf, ['budgetReservation', 'citation'], s.budgetReservation.citation);
  const goalKeys = new Set<string>();
  s.goals.forEach((g, i) => {
    if (goalKeys.has(g.key)) problems.add(sf, ['goals', i, 'key'], `duplicate goal key "${g.key}"`);
    goalKeys.add(g.key);
    cite(sf, ['goals', i, 'citation'], g.citation);
  });
  const numerals = new Set<string>();
  const measureKeys = new Set<string>();
  s.instruments.forEach((inst, i) => {
    if (numerals.has(inst.numeral))
      problems.add(sf, ['instruments', i, 'numeral'], `duplicate instrument ${inst.numeral}`);
    numerals.add(inst.numeral);
    cite(sf, ['instruments', i, 'citation'], inst.citation);
    if (inst.measuresIntro) cite(sf, ['instruments', i, 'measuresIntro', 'citation'], inst.measuresIntro.citation);
    const subAreas = new Set(inst.subAreas.map((a) => a.key));
    inst.subAreas.forEach((a, j) => {
      if (a.measuresIntro)
        cite(sf, ['instruments', i, 'subAreas', j, 'measuresIntro', 'citation'], a.measuresIntro.citation);
    });
    inst.measures.forEach((m, j) => {
      const at = ['instruments', i, 'measures', j] as const;
      if (measureKeys.has(m.key)) problems.add(sf, [...at, 'key'], `duplicate measure key "${m.key}"`);
      measureKeys.add(m.key);
      if (!m.key.startsWith(`${inst.numeral}-`))
        problems.add(sf, [...at, 'key'], `a measure of instrument ${inst.numeral} must have a key ${inst.numeral}-NN`);
      if (m.subArea && !subAreas.has(m.subArea))
        problems.add(sf, [...at, 'subArea'], `instrument ${inst.numeral} has no sub-area "${m.subArea}"`);
      if (!m.subArea && subAreas.size > 0)
        problems.add(
          sf,
          [...at, 'subArea'],
          `instrument ${inst.numeral} has sub-areas; name the one this measure belongs to`,
        );
      if (m.leadMinistry && !known.abbreviations.has(m.leadMinistry))
        problems.add(sf, [...at, 'leadMinistry'], `no organisation has the abbreviation "${m.leadMinistry}"`);
      cite(sf, [...at, 'citation'], m.citation);
    });
  });
  s.focusDesignations.forEach((f, i) => {
    cite(sf, ['focusDesignations', i, 'citation'], f.citation);
    f.items.forEach((item, j) => {
      if (item.place && !known.places.has(item.place))
        problems.add(sf, ['focusDesignations', i, 'items', j, 'place'], `unknown place "${item.place}"`);
    });
  });
}
