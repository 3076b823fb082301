/** A sentence of a document, with where it starts in the text. */
export interface Sentence {
  at: number;
  text: string;
  /** Index of the paragraph (block of lines) it belongs to. */
  paragraph: number;
}

/** Abbreviations after which a full stop does not end a German sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:Dr|Prof|Mag|Ing|Dipl|St|Nr|bzw|ca|vgl|sog|inkl|ggf|evtl|Abs|Art|Bd|Hr|Fr|Mio|Mrd|Tel|z\.\s?B|u\.\s?a|d\.\s?h|v\.\s?l|v\.\s?r|i\.\s?d\.\s?R|e\.\s?V|Jan|Feb|Aug|Sept|Okt|Nov|Dez)\.$/;

/**
 * Splits a text into sentences: at ".", "!" or "?" followed by a capital, a quote or a digit,
 * and at every line break (press releases set titles, captions and datelines on lines of their
 * own). A full stop after an ordinal ("2. November") or an abbreviation ("Mag.") is no end.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lines = text.split(/(\r?\n)/);
  let offset = 0;
  for (const line of lines) {
    if (/^\r?\n$/.test(line)) {
      offset += line.length;
      continue;
    }
    if (!line.trim()) paragraph++;
    let start = 0;
    const boundary = /[.!?…]["“”»«']?(?=\s+["„»«“(]?[\p{Lu}\d])/gu;
    for (const m of line.matchAll(boundary)) {
      const end = m.index + m[0].length;
      const head = line.slice(start, m.index + 1);
      if (/(?:^|[\s([])\d{1,2}\.$/.test(head) || ABBREVIATION.test(head)) continue;
      push(sentences, line, start, end, offset, paragraph);
      start = end;
    }
    push(sentences, line, start, line.length, offset, paragraph);
    if (line.trim()) paragraph++;
    offset += line.length;
  }
  return sentences;
}

function push(into: Sentence[], line: string, from: number, to: number, offset: number, paragraph: number) {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) into.push({ at: offset + from + lead, text, paragraph });
}
