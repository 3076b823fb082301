import type { OcrRepair } from './repair-ocr.ts';

/**
 * The repaired text from the text as received and the repair's list of changes (`at` is each
 * change's offset in the repaired text, the changes in order): what `repairOcr` returned, without
 * running it again.
 */
export function applyRepairs(original: string, repairs: readonly OcrRepair[]): string {
  let text = '';
  let from = 0;
  for (const r of repairs) {
    // Where this change starts in the original: its offset in the repaired text, less what earlier changes added.
    const at = r.at - (text.length - from);
    if (original.slice(at, at + r.original.length) !== r.original)
      throw new RangeError(`the repair at ${r.at} ("${r.original}") does not fit this text`);
    text += original.slice(from, at) + r.repaired;
    from = at + r.original.length;
  }
  return text + original.slice(from);
}
