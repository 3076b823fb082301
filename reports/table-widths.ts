import type { TableColumn } from './report-blocks.ts';

/**
 * Column widths that never break a word: each column gets at least the width of its longest word
 * (header in bold, cells in regular) plus padding; the rest of the width is shared by the columns'
 * relative widths. `measure` gives a word's width at the table's font size.
 */
export function columnWidths(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  total: number,
  padding: number,
  measure: (word: string, bold: boolean) => number,
): number[] {
  const longest = (text: string, bold: boolean) =>
    Math.max(0, ...text.split(/[\s/]+/).map((word) => measure(word, bold)));
  const minimum = columns.map(
    (c, i) => Math.max(longest(c.header, true), ...rows.map((row) => longest(row[i] ?? '', false))) + padding + 1,
  );
  const fixed = new Map<number, number>();
  // Fix every column whose share is below its minimum at that minimum, and share out the rest again.
  for (let changed = true; changed;) {
    changed = false;
    const free = columns.map((_, i) => i).filter((i) => !fixed.has(i));
    const remaining = total - [...fixed.values()].reduce((s, w) => s + w, 0);
    const weight = free.reduce((s, i) => s + columns[i]!.width, 0);
    for (const i of free) {
      if ((columns[i]!.width / weight) * remaining < minimum[i]!) {
        fixed.set(i, minimum[i]!);
        changed = true;
      }
    }
  }
  const remaining = total - [...fixed.values()].reduce((s, w) => s + w, 0);
  const weight = columns.reduce((s, c, i) => s + (fixed.has(i) ? 0 : c.width), 0);
  return columns.map((c, i) => fixed.get(i) ?? (weight > 0 ? (c.width / weight) * remaining : 0));
}
