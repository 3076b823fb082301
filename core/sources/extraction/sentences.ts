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

/** A line that ends a sentence or stands alone: it ends with a full stop, a colon or a closing quote. */
const ENDS_SENTENCE = /[.!?…:]["“”»«')]?\s*$/u;

/**
 * The lines of a text as written, with the lines a PDF's layout wrapped joined again: a line
 * that does not end a sentence continues on the next one where that starts in lower case, or
 * where the line is long (a wrapped line fills the width; a title or a dateline does not).
 */
function logicalLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    for (;;) {
      const line = text.slice(start, end).replace(/\r$/, '');
      const nextStart = end + 1;
      if (end >= text.length || !line.trim() || ENDS_SENTENCE.test(line)) break;
      let nextEnd = text.indexOf('\n', nextStart);
      if (nextEnd < 0) nextEnd = text.length;
      const next = text.slice(nextStart, nextEnd).trim();
      const lastLine = line.slice(line.lastIndexOf('\n') + 1);
      if (!next || !(/^\p{Ll}/u.test(next) || lastLine.trim().length >= 60)) break;
      end = nextEnd;
    }
    out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/**
 * Splits a text into sentences: at ".", "!" or "?" followed by a capital, a quote or a digit,
 * and at the end of every line that is not wrapped (press releases set titles, captions and
 * datelines on lines of their own). A full stop after an ordinal ("2. November") or an
 * abbreviation ("Mag.") is no end. A sentence a PDF's layout wrapped keeps its line breaks, so
 * it still occurs in the text as it is.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const { start: offset, end } of logicalLines(text)) {
    const line = text.slice(offset, end).replace(/\r$/, '');
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
  }
  return sentences;
}

function push(into: Sentence[], line: string, from: number, to: number, offset: number, paragraph: number) {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) into.push({ at: offset + from + lead, text, paragraph });
}
