import type { SourceKind } from '../shared/vocabulary.ts';

/** The first part of a key, by kind: "pm-2021-10-04-lazio" is a press release (Pressemitteilung). */
const PREFIX: Record<SourceKind, string> = {
  strategy: 'strategie',
  press_release: 'pm',
  newspaper_article: 'zeitung',
  agreement_text: 'vereinbarung',
  decision: 'beschluss',
  letter: 'brief',
  parliamentary_paper: 'drucksache',
  evaluation: 'evaluation',
  other: 'quelle',
};

/** Words that say nothing about which document it is (articles, conjunctions, Saxony itself). */
const FILLER = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder mit von vom zum zur zu im in am an auf ' +
    'für fuer bei aus nach über ueber unter ist sind wird werden ihre ihr sein seine sich auch als wie ' +
    'the a an and or of to in on at for with by from is are its their ' +
    'sachsen freistaat freistaates sächsische saechsische sächsischen saechsischen staatskanzlei staatsregierung ' +
    'pressemitteilung medieninformation region regionale'
  ).split(' '),
);

/** Plain ASCII words of a title: umlauts spelled out (ä → ae, ß → ss), other accents dropped. */
function words(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The key a document is known by, from its kind, publication date and title, in the style of
 * the seeded sources: "pm-2021-10-04-italienische-lazio-erneuern". Up to three telling words of
 * the title; "ohne-datum" where the date is not known.
 */
export function sourceKeyBase(doc: { kind: SourceKind; publishedOn: string | null; title: string }): string {
  const telling = words(doc.title).filter((w) => !FILLER.has(w) && w.length > 1);
  const chosen: string[] = [];
  for (const w of telling) {
    if (chosen.length === 3 || [...chosen, w].join('-').length > 40) break;
    chosen.push(w);
  }
  return [PREFIX[doc.kind], doc.publishedOn ?? 'ohne-datum', ...chosen].join('-');
}

/** A key not yet taken: the base, then base-2, base-3 … */
export async function freeSourceKey(base: string, taken: (key: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(key))) return key;
  }
}
