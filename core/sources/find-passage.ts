/**
 * Finds a quoted passage in a source text that may be OCR-damaged ("fiir" for "für",
 * "AuRen" for "Außen"): both are folded to plain lowercase letters and digits, then the
 * quote is matched approximately (edit distance to the best-matching stretch of the text).
 */
export function fold(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface PassageMatch {
  /** Edits needed to turn the quote into the closest stretch of the source. */
  distance: number;
  /** distance relative to the quote's length (0 = verbatim). */
  ratio: number;
}

/** Smallest edit distance between `pattern` and any substring of `text` (Sellers' algorithm). */
function bestSubstringDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    let diagonal = 0;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const above = column[i]!;
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      column[i] = Math.min(above + 1, column[i - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
    if (column[m]! < best) best = column[m]!;
  }
  return best;
}

const ANCHOR = 8;

/** Where in the text the quote most likely starts, from exact 8-letter pieces it shares with it. */
function likelyStart(pattern: string, text: string): number | null {
  const votes = new Map<number, number>();
  for (let i = 0; i + ANCHOR <= pattern.length; i += 4) {
    const piece = pattern.slice(i, i + ANCHOR);
    let at = text.indexOf(piece);
    let seen = 0;
    while (at !== -1 && seen < 5) {
      const start = Math.round((at - i) / 16) * 16;
      votes.set(start, (votes.get(start) ?? 0) + 1);
      at = text.indexOf(piece, at + 1);
      seen++;
    }
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [start, count] of votes) if (count > bestVotes) [best, bestVotes] = [start, count];
  return best;
}

/** How closely `quote` occurs in `source`. */
export function findPassage(source: string, quote: string): PassageMatch {
  const pattern = fold(quote);
  const text = fold(source);
  if (pattern.length === 0) return { distance: 0, ratio: 1 };
  if (text.includes(pattern)) return { distance: 0, ratio: 0 };
  const start = likelyStart(pattern, text);
  let distance: number;
  if (start !== null) {
    const margin = Math.ceil(pattern.length * 0.5) + 32;
    const window = text.slice(Math.max(0, start - margin), start + pattern.length + margin);
    distance = bestSubstringDistance(pattern, window);
  } else {
    distance = bestSubstringDistance(pattern, text);
  }
  return { distance, ratio: distance / pattern.length };
}

/** The largest share of edits a quote may need and still count as found in an OCR'd text. */
export const MAX_PASSAGE_RATIO = 0.12;

/**
 * How closely `quote` occurs in the closest of a document's texts: a repaired OCR text and the
 * text as received (where repair changed it). A quote in correct German is found in the repaired
 * text, one copied from the document as received in the original.
 */
export function findPassageIn(texts: readonly (string | null | undefined)[], quote: string): PassageMatch {
  const matches = texts.filter((x): x is string => typeof x === 'string').map((x) => findPassage(x, quote));
  return matches.reduce((best, m) => (m.ratio < best.ratio ? m : best), matches[0] ?? findPassage('', quote));
}
