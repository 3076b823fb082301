import { CONFUSIONS } from './ocr-patterns.ts';
import type { NameIndex, SpellChecker } from './spell-checker.ts';
import { nameReading } from './spell-checker.ts';

/** One undone confusion in a word: letters `start`…`end` read as `meant`. */
interface Edit {
  start: number;
  end: number;
  meant: string;
  cost: number;
  /** "seen→meant", to count which confusions a document shows. */
  kind: string;
}

/** A reading of a damaged word that the dictionary or the register's names know. */
export interface Reading {
  word: string;
  cost: number;
  kinds: string[];
}

const MAX_EDITS = 3;
const MAX_COST = 2.2;
const MAX_CANDIDATES = 1500;

function editsOf(word: string): Edit[] {
  const edits: Edit[] = [];
  for (let at = 0; at < word.length; at++) {
    for (const c of CONFUSIONS) {
      if (c.initial && at !== 0) continue;
      if (!word.startsWith(c.seen, at)) continue;
      edits.push({ start: at, end: at + c.seen.length, meant: c.meant, cost: c.cost, kind: `${c.seen}→${c.meant}` });
    }
  }
  return edits;
}

interface Candidate {
  word: string;
  cost: number;
  kinds: string[];
}

/** Every reading with at most MAX_EDITS non-overlapping undone confusions, cheapest first. */
function candidatesOf(word: string): Candidate[] {
  const edits = editsOf(word);
  const out: Candidate[] = [];
  const chosen: Edit[] = [];
  const walk = (from: number, after: number, cost: number) => {
    if (out.length >= MAX_CANDIDATES) return;
    for (let i = from; i < edits.length; i++) {
      const edit = edits[i]!;
      if (edit.start < after || cost + edit.cost > MAX_COST) continue;
      chosen.push(edit);
      let text = '';
      let at = 0;
      for (const e of chosen) {
        text += word.slice(at, e.start) + e.meant;
        at = e.end;
      }
      out.push({ word: text + word.slice(at), cost: cost + edit.cost, kinds: chosen.map((e) => e.kind) });
      if (chosen.length < MAX_EDITS) walk(i + 1, edit.end, cost + edit.cost);
      chosen.pop();
    }
  };
  walk(0, 0, 0);
  return out.sort((a, b) => a.cost - b.cost || a.kinds.length - b.kinds.length);
}

/**
 * The likeliest reading of a word the dictionary does not know, or null where no undone
 * confusion gives a known word. A name of the register that differs only in its diacritics
 * ("Liberecky" for "Liberecký") wins outright. Among readings of equal cost, the one whose
 * confusions the document shows most often elsewhere (`seenKinds`) wins.
 */
export function readDamagedWord(
  word: string,
  spell: SpellChecker,
  names: NameIndex,
  seenKinds: ReadonlyMap<string, number> = new Map(),
): Reading | null {
  const name = nameReading(word, names);
  if (name !== null) return { word: name, cost: 0, kinds: ['name'] };
  const known = (w: string) => names.exact.has(w) || spell.correct(w);
  const best = cheapest(word, known);
  if (best.length === 0) return readCompound(word, spell);
  return pick(best, seenKinds);
}

function cheapest(word: string, known: (word: string) => boolean, maxCost = MAX_COST): Candidate[] {
  const best: Candidate[] = [];
  for (const candidate of candidatesOf(word)) {
    if (candidate.cost > maxCost) break;
    if (best.length > 0 && candidate.cost > best[0]!.cost + 1e-9) break;
    if (known(candidate.word)) best.push(candidate);
  }
  return best;
}

function pick(best: Candidate[], seenKinds: ReadonlyMap<string, number>): Reading {
  const score = (c: Candidate) => c.kinds.reduce((sum, k) => sum + (seenKinds.get(k) ?? 0), 0);
  best.sort((a, b) => score(b) - score(a) || a.kinds.length - b.kinds.length || a.word.localeCompare(b.word));
  const top = best[0]!;
  return { word: top.word, cost: top.cost, kinds: top.kinds };
}

const COMPOUND_COST = 1.4;
const HEAD_FORMS = (head: string) => [head, head.endsWith('s') ? head.slice(0, -1) : null, `${head}e`];

/** Whether `head` can open a compound: a word itself, or one with a linking -s- or without its -e. */
function knownHead(head: string, spell: SpellChecker): boolean {
  return HEAD_FORMS(head).some((form) => form !== null && form.length >= 3 && spell.correct(form));
}

function knownTail(tail: string, spell: SpellChecker): boolean {
  return spell.correct(tail) || spell.correct(tail[0]!.toUpperCase() + tail.slice(1));
}

/**
 * A compound the dictionary lacks ("außenwirtschaftlichen", "Begegnungsmöglichkeiten"): the word
 * split in two, each part read on its own. A word that is already a compound of known words
 * ("Transformationserfahrungen") is left as it is.
 */
function readCompound(word: string, spell: SpellChecker): Reading | null {
  if (word.length < 8) return null;
  let best: Reading | null = null;
  for (let split = 3; split <= word.length - 4; split++) {
    const head = word.slice(0, split);
    const tail = word.slice(split);
    if (knownHead(head, spell) && knownTail(tail, spell)) return null;
    const tails = knownTail(tail, spell)
      ? [{ word: tail, cost: 0, kinds: [] }]
      : cheapest(tail, (w) => knownTail(w, spell), COMPOUND_COST);
    if (tails.length !== 1) continue;
    const heads = knownHead(head, spell)
      ? [{ word: head, cost: 0, kinds: [] }]
      : cheapest(head, (w) => knownHead(w, spell), COMPOUND_COST - tails[0]!.cost);
    if (heads.length !== 1) continue;
    const cost = heads[0]!.cost + tails[0]!.cost;
    if (cost > 0 && cost <= COMPOUND_COST && (best === null || cost < best.cost)) {
      best = { word: heads[0]!.word + tails[0]!.word, cost, kinds: [...heads[0]!.kinds, ...tails[0]!.kinds] };
    }
  }
  return best;
}
