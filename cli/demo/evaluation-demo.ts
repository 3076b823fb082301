import { createHash } from 'node:crypto';

/**
 * The demo Leitlinien-Check on the seeded register: three ministries score the regional and
 * cross-border partnerships. The scores are invented for the demonstration — a plausible profile
 * per partnership, seen a little differently by each ministry — and say so in every justification.
 */
export const DEMO_ROUND = {
  key: 'demo-leitlinien-check',
  name: 'Leitlinien-Check 2026 (Demonstration)',
  occasion: 'cabinet_decision',
  periodFrom: '2022-01-01',
  periodTo: '2026-06-30',
} as const;

/** The demo's ministries and the slant each brings to the criteria (added to the profile). */
export const DEMO_MINISTRIES = {
  smwa: { 'ziel-z3': 1, 'ziel-z4': 1, schwerpunktsektoren: 1 },
  smwk: { 'ziel-z4': 1, 'ziel-z5': 1, akteure: 1 },
  smi: { 'politischer-rahmen': -1, kosteneffizienz: -1 },
} as const satisfies Record<string, Record<string, number>>;

type Profile = Partial<Record<string, number>>;

const CROSS_BORDER: Profile = {
  'ziel-z1': 4,
  'ziel-z2': 3,
  'ziel-z6': 0,
  intensitaet: 4,
  akteure: 3,
  kosteneffizienz: 3,
  'politischer-rahmen': 4,
};
const AUSTRIA: Profile = {
  'ziel-z1': 0,
  'ziel-z4': 3,
  'ziel-z5': 3,
  'ziel-z6': 0,
  'politischer-rahmen': 4,
};
const DORMANT: Profile = Object.fromEntries(
  [
    'ziel-z1',
    'ziel-z2',
    'ziel-z3',
    'ziel-z4',
    'ziel-z5',
    'ziel-z6',
    'schwerpunktsektoren',
    'intensitaet',
    'akteure',
    'kosteneffizienz',
    'politischer-rahmen',
  ].map((k) => [k, 0]),
);

/** The profile of each seeded partnership on the default criteria (2, the middle, where not named). */
const PROFILES: Record<string, Profile> = {
  tschechien: CROSS_BORDER,
  niederschlesien: CROSS_BORDER,
  'lebuser-land': { ...CROSS_BORDER, intensitaet: 3, akteure: 2 },
  niederoesterreich: AUSTRIA,
  oberoesterreich: { ...AUSTRIA, schwerpunktsektoren: 3 },
  'abu-dhabi': {
    'ziel-z1': 0,
    'ziel-z3': 3,
    'ziel-z4': 3,
    schwerpunktsektoren: 3,
    intensitaet: 1,
    'politischer-rahmen': 2,
  },
  hubei: { 'ziel-z1': 0, 'ziel-z4': 3, schwerpunktsektoren: 3, 'politischer-rahmen': 1, akteure: 3 },
  quebec: { 'ziel-z1': 0, intensitaet: 1, kosteneffizienz: 1, 'politischer-rahmen': 4, 'ziel-z6': 0 },
  lazio: { 'ziel-z1': 0, 'ziel-z5': 4, 'ziel-z4': 3, akteure: 3, 'politischer-rahmen': 4 },
  charkiw: { 'ziel-z2': 4, 'ziel-z1': 1, 'ziel-z6': 2, intensitaet: 3, akteure: 3, 'politischer-rahmen': 3 },
  'st-petersburg': DORMANT,
  tatarstan: DORMANT,
  baschkortostan: DORMANT,
};

/** A small, fixed disagreement between assessors: −1, 0 or +1 from a hash of who scores what. */
function nudge(partnership: string, criterion: string, ministry: string): number {
  const byte = createHash('sha256').update(`${partnership}|${criterion}|${ministry}`).digest()[0]!;
  return byte < 40 ? -1 : byte > 215 ? 1 : 0;
}

/** The demo score of a partnership on a criterion by a ministry, on the 0–4 scale. */
export function demoScore(partnership: string, criterion: string, ministry: keyof typeof DEMO_MINISTRIES): number {
  const base = PROFILES[partnership]?.[criterion] ?? 2;
  if (base === 0 && PROFILES[partnership] === DORMANT) return 0;
  const slant = (DEMO_MINISTRIES[ministry] as Profile)[criterion] ?? 0;
  return Math.min(4, Math.max(0, base + slant + nudge(partnership, criterion, ministry)));
}
