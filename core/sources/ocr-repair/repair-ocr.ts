import { readDamagedWord } from './ocr-candidates.ts';
import { looksDamaged, umlautCount } from './ocr-damage.ts';
import { readRealWord } from './real-word.ts';
import type { NameIndex, SpellChecker } from './spell-checker.ts';
import { cachedSpellChecker, indexNames } from './spell-checker.ts';

/** One repaired word: `at` is its offset (UTF-16) in the repaired text, `original` what the source shows. */
export interface OcrRepair {
  at: number;
  original: string;
  repaired: string;
}

export interface OcrRepairOptions {
  /** A German Hunspell dictionary (german-dictionary.ts loads one). */
  dictionary: SpellChecker;
  /** The register's names (places, organisations): known words even where the dictionary lacks them. */
  names: readonly string[];
}

export interface OcrRepairResult {
  /** The repaired text; equal to the input where the text does not look damaged. */
  text: string;
  /** Every change, in order, with the original beside it. */
  repairs: OcrRepair[];
  /** Whether the text looked OCR-damaged (only then is anything repaired). */
  damaged: boolean;
}

interface Token {
  start: number;
  end: number;
  word: string;
}

// A word: letters, with the digit 3 and the & that OCR puts for ß and ö inside it.
const WORD = /\p{L}(?:[\p{L}\p{M}]|[3&](?=\p{L}))*/gu;
// A Roman numeral of a heading with l for I ("lll)", "VIl)"); a lone "l)" is a list letter.
const ROMAN = /^(?=.*[IVX]|lll)[IVXl]{2,}$/;

const spellCaches = new WeakMap<SpellChecker, SpellChecker>();
const nameCaches = new WeakMap<readonly string[], NameIndex>();

/**
 * Repairs OCR damage in a German text ("fiir" → "für", "MaBnahme" → "Maßnahme", "Starkung" →
 * "Stärkung") with a Hunspell dictionary and the register's names, and lists every change with
 * the original beside it. A text that does not look damaged (`looksDamaged`) comes back as it is.
 */
export function repairOcr(text: string, options: OcrRepairOptions): OcrRepairResult {
  if (!looksDamaged(text)) return { text, repairs: [], damaged: false };
  let spell = spellCaches.get(options.dictionary);
  if (!spell) spellCaches.set(options.dictionary, (spell = cachedSpellChecker(options.dictionary)));
  let names = nameCaches.get(options.names);
  if (!names) nameCaches.set(options.names, (names = indexNames(options.names)));

  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0],
  }));
  const changes = new Map<number, { start: number; end: number; repaired: string }>();
  const known: number[] = [];
  const kinds = new Map<string, number>();
  const evidence: string[] = [];
  const readings = new Map<string, ReturnType<typeof readDamagedWord>>();
  let restoredUmlauts = 0;

  tokens.forEach((token, index) => {
    const { word } = token;
    if (ROMAN.test(word) && word.includes('l') && text[token.end] === ')') {
      changes.set(index, { start: token.start, end: token.end, repaired: word.replace(/l/g, 'I') });
      return;
    }
    if (names.exact.has(word) || spell.correct(word)) {
      known.push(index);
      return;
    }
    if (word.length < 2 || word === word.toUpperCase()) return;
    // A word damaged the same way reads the same way throughout the document.
    let reading = readings.get(word);
    if (reading === undefined) readings.set(word, (reading = readDamagedWord(word, spell, names, kinds)));
    if (reading === null) {
      if (text[token.start - 1] === '(' && /^\p{Ll}/u.test(word) && spell.correct(`ü${word}`)) {
        changes.set(index, { start: token.start - 1, end: token.end, repaired: `ü${word}` });
      }
      return;
    }
    for (const kind of reading.kinds) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    let repaired = reading.word;
    if (/^[ÄÖÜ]/.test(repaired) && /^[AOU]/.test(word) && !startsSentence(text, token.start)) {
      const lower = repaired[0]!.toLowerCase() + repaired.slice(1);
      if (spell.correct(lower)) repaired = lower;
    }
    restoredUmlauts += umlautCount(repaired) - umlautCount(word);
    if (/[äöü]/i.test(repaired)) evidence.push(repaired.toLowerCase());
    changes.set(index, { start: token.start, end: token.end, repaired });
  });

  // A text that lost (nearly) all its umlauts also lost them in words that are words either way.
  if (restoredUmlauts >= 3 && umlautCount(text) * 9 <= restoredUmlauts) {
    for (const index of known) {
      const token = tokens[index]!;
      const previous =
        index > 0 && /^\s+$/.test(text.slice(tokens[index - 1]!.end, token.start)) ? tokens[index - 1]!.word : null;
      const repaired = readRealWord(token.word, {
        spell,
        names,
        evidence,
        previous,
        clauseEnds: /^\s*(?:[.,;:!?»«)]|$)/.test(text.slice(token.end, token.end + 8)),
        sentenceStart: startsSentence(text, token.start),
      });
      if (repaired !== null) changes.set(index, { start: token.start, end: token.end, repaired });
    }
  }
  return apply(
    text,
    [...changes.values()].sort((a, b) => a.start - b.start),
  );
}

function apply(text: string, changes: { start: number; end: number; repaired: string }[]): OcrRepairResult {
  let out = '';
  let from = 0;
  const repairs: OcrRepair[] = [];
  for (const change of changes) {
    out += text.slice(from, change.start);
    repairs.push({ at: out.length, original: text.slice(change.start, change.end), repaired: change.repaired });
    out += change.repaired;
    from = change.end;
  }
  return { text: out + text.slice(from), repairs, damaged: true };
}

/** Whether a word at `at` opens a sentence, a paragraph or a list item. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  let newlines = 0;
  while (i >= 0 && /\s/.test(text[i]!)) {
    if (text[i] === '\n') newlines++;
    i--;
  }
  if (i < 0 || newlines >= 2) return true;
  return /[.!?:»«„"“—–\-*•·(]/.test(text[i]!);
}
