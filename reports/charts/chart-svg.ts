/**
 * The building blocks of the round charts (rank-acceptability-chart.ts, criteria-profile-chart.ts):
 * SVG text with escaping and wrapping, colours with their contrast, an axis, a legend and the
 * accessible SVG root. Plain string building, so it runs in Node and in the browser alike.
 */

/** An SVG chart with the texts that make it accessible. */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
  /** A short name of the chart (also the SVG's <title>). */
  title: string;
  /** The alternative text: what the chart shows, in words, with its key figures (also the SVG's <desc>). */
  description: string;
}

/** The width the charts are laid out for: readable on a 640 px screen, scaled by their viewBox elsewhere. */
export const CHART_WIDTH = 640;
export const PLOT_LEFT = 16;
export const PLOT_RIGHT = CHART_WIDTH - 22;
export const PLOT_WIDTH = PLOT_RIGHT - PLOT_LEFT;
export const FONT = 13;
export const SMALL = 12;
export const LINE = 16;
export const TEXT = '#1b1b1b';
export const MUTED = '#595959';
const AXIS = '#505a5f';
const GRID = '#d0d3d4';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** A key made safe for an id attribute (ids must be unique when several charts share a page). */
export const idPart = (key: string) => key.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

/**
 * Approximate width of a text in Fira Sans (em per character class): enough to wrap labels so
 * they never run out of the chart, without a font engine in the browser. Errs on the wide side.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) {
    if (/[iljtfr.,:;'!|()[\]\s–-]/.test(c)) em += 0.32;
    else if (/[mwMW]/.test(c)) em += 0.85;
    else if (/[A-ZÄÖÜ]/.test(c)) em += 0.64;
    else em += 0.55;
  }
  return em * size;
}

/** Breaks a label into lines no wider than `width`; a single over-long word stays on its own line. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text from a baseline `y` down, one <text> each. */
export const textLines = (lines: readonly string[], x: number, y: number, attributes = '') =>
  lines.map((l, i) => `<text x="${x}" y="${round2(y + i * LINE)}"${attributes}>${escapeXml(l)}</text>`).join('');

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or black text, whichever reads better on the given fill (at least 4.5:1 on every chart colour). */
export const labelColour = (fill: string) =>
  contrast(fill, '#ffffff') >= contrast(fill, '#000000') ? '#ffffff' : '#000000';

/** The accessible SVG root: role="img", labelled by its <title> and described by its <desc>, on white. */
export function svgDocument(id: string, chart: Omit<ChartSvg, 'svg'>, body: string): ChartSvg {
  const { width, height } = chart;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" font-family="Fira Sans, sans-serif" font-size="${FONT}" fill="${TEXT}">` +
    `<title id="${id}-title">${escapeXml(chart.title)}</title><desc id="${id}-desc">${escapeXml(chart.description)}</desc>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`;
  return { ...chart, svg };
}

/** Where a share (0–1) lies on the plot. */
export const plotX = (share: number) => round2(PLOT_LEFT + share * PLOT_WIDTH);

/**
 * The horizontal axis at `bottom`: tick labels and the axis name, and grid lines drawn only across
 * the bars' bands (so they never cross a label), to be painted behind the bars.
 */
export function axis(
  bands: readonly [number, number][],
  bottom: number,
  ticks: readonly { at: number; label: string }[],
  name: string,
) {
  const grid = ticks.flatMap((t) =>
    bands.map(([y1, y2]) => `<line x1="${plotX(t.at)}" y1="${y1}" x2="${plotX(t.at)}" y2="${y2}" stroke="${GRID}"/>`),
  );
  const labels = ticks.map((t, i) => {
    const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    return `<text x="${plotX(t.at)}" y="${bottom + 16}" font-size="${SMALL}" text-anchor="${anchor}">${escapeXml(t.label)}</text>`;
  });
  return {
    grid: `<g aria-hidden="true">${grid.join('')}</g>`,
    markup:
      `<g aria-hidden="true"><line x1="${PLOT_LEFT}" y1="${bottom}" x2="${PLOT_RIGHT}" y2="${bottom}" stroke="${AXIS}"/>` +
      `${labels.join('')}<text x="${PLOT_LEFT}" y="${bottom + 34}" font-size="${SMALL}" fill="${MUTED}">${escapeXml(name)}</text></g>`,
    height: 44,
  };
}

/** One entry of a legend: its label and how to draw its swatch with the top left corner at (x, y). */
export interface LegendItem {
  label: string;
  swatch: (x: number, y: number) => string;
}

/** A legend of swatches with labels, wrapped over as many lines as it needs. */
export function legend(items: readonly LegendItem[], top: number): { markup: string; height: number } {
  let x = PLOT_LEFT;
  let y = top;
  const parts: string[] = [];
  for (const item of items) {
    const width = 20 + textWidth(item.label, SMALL) + 16;
    if (x > PLOT_LEFT && x + width > PLOT_RIGHT) {
      x = PLOT_LEFT;
      y += 20;
    }
    parts.push(
      `${item.swatch(x, y)}<text x="${round2(x + 20)}" y="${y + 11}" font-size="${SMALL}">${escapeXml(item.label)}</text>`,
    );
    x += width;
  }
  return { markup: `<g>${parts.join('')}</g>`, height: y - top + 24 };
}

/** The shapes that tell series apart without colour: a mark centred on (x, y). */
export const MARK_SHAPES = ['circle', 'triangle', 'diamond', 'square', 'cross'] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

/** A dark mark with a white outline, visible on a bar and on white alike. */
export function mark(shape: MarkShape, x: number, y: number, size = 6): string {
  const style = `fill="${TEXT}" stroke="#ffffff" stroke-width="1.5"`;
  const p = (points: [number, number][]) => points.map(([a, b]) => `${round2(x + a)},${round2(y + b)}`).join(' ');
  switch (shape) {
    case 'circle':
      return `<circle cx="${round2(x)}" cy="${round2(y)}" r="${size}" ${style}/>`;
    case 'triangle':
      return `<polygon points="${p([
        [0, -size - 1],
        [size + 1, size],
        [-size - 1, size],
      ])}" ${style}/>`;
    case 'diamond':
      return `<polygon points="${p([
        [0, -size - 1],
        [size + 1, 0],
        [0, size + 1],
        [-size - 1, 0],
      ])}" ${style}/>`;
    case 'square':
      return `<rect x="${round2(x - size)}" y="${round2(y - size)}" width="${2 * size}" height="${2 * size}" ${style}/>`;
    case 'cross':
      return `<polygon points="${p([
        [-size, -size / 3],
        [-size / 3, -size / 3],
        [-size / 3, -size],
        [size / 3, -size],
        [size / 3, -size / 3],
        [size, -size / 3],
        [size, size / 3],
        [size / 3, size / 3],
        [size / 3, size],
        [-size / 3, size],
        [-size / 3, size / 3],
        [-size, size / 3],
      ])}" ${style}/>`;
  }
}
