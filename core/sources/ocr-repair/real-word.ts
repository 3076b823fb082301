import { DROPPED_UMLAUTS } from './ocr-patterns.ts';
import type { NameIndex, SpellChecker } from './spell-checker.ts';
import { nameReading } from './spell-checker.ts';

/** What the check of a known word may use: the document's own repairs and the word's neighbours. */
export interface RealWordContext {
  spell: SpellChecker;
  names: NameIndex;
  /** Lower-cased words with an umlaut that the repair of unknown words restored in this document. */
  evidence: readonly string[];
  previous: string | null;
  /** Whether a clause ends right after the word (a full stop, comma, quote mark …). */
  clauseEnds: boolean;
  sentenceStart: boolean;
}

/**
 * Plain forms that German prose hardly uses beside their umlaut twin: the second person plural
 * of a verb whose third person singular takes an umlaut ("ihr tragt" / "trägt"), a rare
 * participle ("wahrend" / "während").
 */
const RARE_PLAIN = new Set(['tragt', 'wahrend', 'lasst', 'fallt', 'lauft', 'schlagt', 'wachst', 'enthalt', 'fahrt']);

/** Frequent words whose umlaut twin is another frequent word: never changed on evidence alone. */
const PROTECTED = new Set(['oder', 'schon', 'wurde', 'wurden', 'hatte', 'hatten', 'ware', 'waren', 'zahl', 'nahe']);

/** Words after which a lower-case word is an adjective before its noun ("die starken Verbindungen"). */
const DETERMINERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
  'seine',
  'seinen',
  'seiner',
  'ihre',
  'ihren',
  'ihrer',
  'unsere',
  'unseren',
  'diese',
  'diesen',
  'dieser',
]);

const ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'est', 'et', 'st', 'e', 'n', 's', 't'];

function stemOf(word: string): string {
  const lower = word.toLowerCase();
  for (const ending of ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 4) return lower.slice(0, -ending.length);
  }
  return lower;
}

function variantsOf(word: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (let at = 0; at < word.length; at++) {
    const umlaut = DROPPED_UMLAUTS[word[at]!];
    if (umlaut) out.push({ word: word.slice(0, at) + umlaut + word.slice(at + 1), at });
  }
  return out;
}

/** Whether the document restored a word of the same family elsewhere ("Förderung" for "Forderung"). */
function attested(variant: string, at: number, evidence: readonly string[]): boolean {
  const stem = stemOf(variant);
  if (stem.length < 4 || stem.length <= at) return false;
  return evidence.some((word) => word.startsWith(stem));
}

/**
 * In a text that lost its umlauts throughout, the reading with an umlaut of a word the dictionary
 * knows either way ("Forderung" → "Förderung", "zahlen" → "zählen"), or null to keep the word.
 * It changes a word only where the document restored the same word family elsewhere, where the
 * plain form is one German hardly writes, or where a register name differs only in its marks;
 * never a lower-case word in an adjective's place, and never a noun into a capitalised verb.
 */
export function readRealWord(word: string, context: RealWordContext): string | null {
  const { spell, names } = context;
  if (PROTECTED.has(word.toLowerCase()) || word.length < 3) return null;
  const name = nameReading(word, names);
  if (name !== null) return name;
  const capital = word[0] !== word[0]!.toLowerCase();
  if (!capital && context.previous !== null && DETERMINERS.has(context.previous.toLowerCase())) return null;
  const verbPlace = context.previous === 'zu' && context.clauseEnds && isInflectedAdjective(word, spell);
  for (const variant of variantsOf(word)) {
    if (!spell.correct(variant.word)) continue;
    if (RARE_PLAIN.has(word) || verbPlace) return variant.word;
    if (attested(variant.word, variant.at, context.evidence) && nounStaysNoun(variant.word, capital, context)) {
      return variant.word;
    }
    const tail = compoundTail(variant.word, variant.at, spell);
    if (tail && attested(tail, variant.at - (variant.word.length - tail.length), context.evidence)) {
      if (nounStaysNoun(tail, true, context)) return variant.word;
    }
  }
  return null;
}

/**
 * "scharfen", "starken": an adjective's inflected form, which cannot end a clause after "zu"
 * ("die Ausrichtung zu scharfen." can only be "zu schärfen").
 */
function isInflectedAdjective(word: string, spell: SpellChecker): boolean {
  if (!word.endsWith('en') || word.length < 6) return false;
  const stem = word.slice(0, -2);
  return spell.correct(stem) && spell.correct(`${stem}e`) && spell.correct(`${stem}er`);
}

/** A capitalised word keeps being a noun: "Zahl" never becomes the verb form "Zähl". */
function nounStaysNoun(variant: string, capital: boolean, context: RealWordContext): boolean {
  if (!capital || context.sentenceStart) return true;
  return !context.spell.correct(variant[0]!.toLowerCase() + variant.slice(1));
}

/** The last part of a compound that holds the umlaut ("Wirtschaftsförderung" → "Förderung"). */
function compoundTail(word: string, at: number, spell: SpellChecker): string | null {
  for (let split = 3; split <= at && word.length - split >= 5; split++) {
    const tail = word[split]!.toUpperCase() + word.slice(split + 1);
    if (spell.correct(tail) && !spell.correct(tail.toLowerCase())) return tail;
  }
  return null;
}
